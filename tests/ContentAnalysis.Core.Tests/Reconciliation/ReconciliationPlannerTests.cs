using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reconciliation;

namespace ContentAnalysis.Core.Tests.Reconciliation;

public sealed class ReconciliationPlannerTests : IDisposable
{
    private readonly ReconciliationProject _project = new();

    public void Dispose() => _project.Dispose();

    private static Dictionary<string, ReconciliationItemStatus> Statuses(ReconciliationPlan plan) =>
        plan.Items.ToDictionary(i => $"{i.Unit.Id} {i.Dimension.Id}", i => i.Status);

    [Fact]
    public void Plan_TwoCoders_SameSetAgreesMissingValuesAgreeNoneAndUncodedDiffer()
    {
        _project.Code("anna", "d.p001", "topic", "economy;services").Code("ben", "d.p001", "topic", "services;economy")
            .Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "contra")
            .Code("anna", "d.p001", "tone", "uncoded").Code("ben", "d.p001", "tone", "uncoded")
            .Code("anna", "d.p002", "topic", "none").Code("ben", "d.p002", "topic", "economy")
            .Code("anna", "d.p002", "tone", "none").Code("ben", "d.p002", "tone", "uncoded")
            .Code("anna", "d.p003", "tone", "0").Code("ben", "d.p003", "tone", "uncoded")
            .Code("anna", "d.p003", "topic", "economy");

        var plan = ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"]));

        // By hand: order of a set does not matter; 'none' on a scale (old journals) and 'uncoded' are both "left uncoded";
        // 'none' on a category dimension is a value; a value against 'uncoded' is a disagreement; ben has no topic on p003.
        Assert.Equal(
            new Dictionary<string, ReconciliationItemStatus>
            {
                ["d.p001 topic"] = ReconciliationItemStatus.Agreed,
                ["d.p001 stance"] = ReconciliationItemStatus.Disagreement,
                ["d.p001 tone"] = ReconciliationItemStatus.Agreed,
                ["d.p002 topic"] = ReconciliationItemStatus.Disagreement,
                ["d.p002 tone"] = ReconciliationItemStatus.Agreed,
                ["d.p003 topic"] = ReconciliationItemStatus.Incomplete,
                ["d.p003 tone"] = ReconciliationItemStatus.Disagreement,
            },
            Statuses(plan));
        Assert.Equal(["economy", "services"], plan.Items[0].Accepted);
        Assert.Equal(["uncoded"], plan.Items.Single(i => i.Unit.Id == "d.p002" && i.Dimension.Id == "tone").Accepted);
        Assert.Equal(3, plan.ToAccept.Count);
        Assert.Equal(["d.p001 stance", "d.p002 topic", "d.p003 tone"], plan.ToDecide.Select(i => $"{i.Unit.Id} {i.Dimension.Id}"));
    }

    [Fact]
    public void Plan_Majority_StrictMajorityOfThreeAcceptedOnlyWhenAsked()
    {
        foreach (var (coder, position, topic) in new[] { ("anna", "pro", "economy"), ("ben", "pro", "services"), ("chen", "contra", "health"), ("dan", "contra", "economy") })
        {
            _project.Code(coder, "d.p001", "stance", position).Code(coder, "d.p001", "topic", topic);
        }

        var three = ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben", "chen"]) { Majority = true });
        var off = ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben", "chen"]));
        var four = ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben", "chen", "dan"]) { Majority = true });

        // stance 2 of 3 = pro (strict majority); topic 1-1-1: none; with dan, stance 2 of 4 and topic 2 of 4 are not more than half.
        var stance = three.Items.Single(i => i.Dimension.Id == "stance");
        Assert.Equal((ReconciliationItemStatus.Majority, "pro", "anna,ben"), (stance.Status, string.Join(',', stance.Accepted!), string.Join(',', stance.AcceptedBy)));
        Assert.Equal(ReconciliationItemStatus.Disagreement, three.Items.Single(i => i.Dimension.Id == "topic").Status);
        Assert.All(off.Items, i => Assert.Equal(ReconciliationItemStatus.Disagreement, i.Status));
        Assert.All(four.Items, i => Assert.Equal(ReconciliationItemStatus.Disagreement, i.Status));
    }

    [Fact]
    public void Plan_AllowIncomplete_ComparesTheCodersWhoCodedButNeverAcceptsOneCodingAlone()
    {
        _project.Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "pro")
            .Code("anna", "d.p002", "stance", "contra").Code("chen", "d.p003", "stance", "mixed");

        var strict = ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben", "chen"]));
        var allowed = ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben", "chen"]) { AllowIncomplete = true });

        Assert.All(strict.Items, i => Assert.Equal(ReconciliationItemStatus.Incomplete, i.Status));
        Assert.Equal(3, strict.Incomplete.Count);
        Assert.Equal(
            [ReconciliationItemStatus.Agreed, ReconciliationItemStatus.Disagreement, ReconciliationItemStatus.Disagreement],
            allowed.Items.Select(i => i.Status));
    }

    [Fact]
    public void Plan_FewerThanTwoCoders_QCA8001()
    {
        _project.Code("anna", "d.p001", "stance", "pro");
        var error = Assert.Throws<InputException>(() => ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "anna"])));
        Assert.Equal("error QCA8001: --coders names 1 coder(s); reconciliation needs at least two (e.g. --coders anna,ben)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Plan_IntoOneOfTheCoders_QCA8002()
    {
        _project.Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "pro");
        var error = Assert.Throws<InputException>(() => ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"]) { Into = "ben" }));
        Assert.Equal(ReconciliationDiagnostics.IntoIsCoder, Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void Plan_IntoAJournalNotWrittenByReconcile_QCA8003()
    {
        _project.Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "pro").Code("gold", "d.p001", "stance", "pro");
        var error = Assert.Throws<InputException>(() => ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"])));
        Assert.Equal("data/codings/gold.csv(1,1): error QCA8003: the journal of 'gold' exists but was not written by 'qcat reconcile' (it has no provenance column) (reconcile into another name with --into, or move that journal away)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Plan_UnknownCoder_TheProjectsUnknownCoderCode()
    {
        _project.Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "pro");
        var error = Assert.Throws<InputException>(() => ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "bem"])));
        Assert.Equal("data/codings/: error QCA0001: coder 'bem' has no journal (did you mean 'ben'?)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Plan_NoUnitOfTheCorpusCoded_QCA8008()
    {
        _project.Code("anna", "x.p001", "stance", "pro").Code("ben", "x.p001", "stance", "pro");
        var error = Assert.Throws<InputException>(() => ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"])));
        Assert.Equal(ReconciliationDiagnostics.NothingToReconcile, Assert.Single(error.Diagnostics).Code);
    }
}
