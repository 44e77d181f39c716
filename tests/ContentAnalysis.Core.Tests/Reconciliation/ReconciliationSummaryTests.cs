using ContentAnalysis.Core.Reconciliation;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Reconciliation;

public sealed class ReconciliationSummaryTests : IDisposable
{
    private readonly ReconciliationProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Read_CountsByProvenancePerDimension()
    {
        // stance: p001 agreed (pro); p002 2 of 3 (majority); p003 anna/ben/chen all differ -> chose chen; p004 all differ -> left open.
        // topic: p001 agreed; p002 economy / services / health -> combined (economy+services); p003 only anna -> incomplete.
        string[][] stance = [["pro", "pro", "pro"], ["contra", "contra", "mixed"], ["pro", "contra", "mixed"], ["pro", "contra", "mixed"]];
        string[] coders = ["anna", "ben", "chen"];
        for (var u = 0; u < 4; u++)
        {
            for (var c = 0; c < 3; c++)
            {
                _project.Code(coders[c], $"d.p00{u + 1}", "stance", stance[u][c]);
            }
        }

        foreach (var (coder, topic) in new[] { ("anna", "economy"), ("ben", "services"), ("chen", "health") })
        {
            _project.Code(coder, "d.p001", "topic", "economy").Code(coder, "d.p002", "topic", topic);
        }

        _project.Code("anna", "d.p003", "topic", "health");
        var request = new ReconciliationRequest(coders) { Majority = true };
        var session = new ReconciliationSession(ReconciliationPlanner.Plan(_project.Project, request), _project.Project.Codings, TimeProvider.System);
        Assert.Equal(3, session.AcceptAgreements());

        // Disagreements in order: p002 topic, p003 stance, p004 stance (corpus order, then codebook order).
        foreach (var key in new[] { SessionKey.Char('c'), SessionKey.Char('3'), SessionKey.Enter, SessionKey.Enter, SessionKey.Char('3'), SessionKey.Enter, SessionKey.Char('s') })
        {
            Assert.True(session.Handle(key), session.Screen.Message);
        }

        var summary = ReconciliationSummary.Read(_project.Project, request);

        Assert.Equal(("gold", "all units"), (summary.Into, summary.Scope));
        var rows = summary.Dimensions.ToDictionary(r => r.Dimension);
        Assert.Equal(["topic", "stance", "tone"], summary.Dimensions.Select(r => r.Dimension));
        Assert.Equal((1, 1, 0, 0, 0, 1), Counts(rows["stance"]));
        Assert.Equal([0, 0, 1], rows["stance"].ChoseCoder.Select(p => p.Value));
        Assert.Equal((1, 0, 1, 0, 0, 0), Counts(rows["topic"]));
        Assert.Equal(1, rows["topic"].Incomplete);
        Assert.Equal((3, 2), (rows["stance"].Decided, rows["topic"].Decided));
        Assert.Equal((2, 1, 1, 0, 0, 1), Counts(summary.Total));
        Assert.Equal(5, summary.Total.Decided);
    }

    [Fact]
    public void Read_ProjectDefault_ReconcilesTheIndependentCodersIntoGold()
    {
        _project.Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "pro");
        new ReconciliationSession(ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"])), _project.Project.Codings, TimeProvider.System).AcceptAgreements();

        var summary = ReconciliationSummary.Read(_project.Project);

        Assert.Equal(["anna", "ben"], summary.Coders);
        Assert.Equal(["anna", "ben"], _project.Project.Codings.IndependentCoders);
        Assert.Equal(1, summary.Total.Agreed);
    }

    // (agreed, majority, combined, new value, other, open)
    private static (int, int, int, int, int, int) Counts(ReconciliationSummaryRow row) =>
        (row.Agreed, row.Majority, row.Combined, row.NewValue, row.Other, row.Open);
}
