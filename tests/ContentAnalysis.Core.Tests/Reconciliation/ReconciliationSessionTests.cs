using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Reconciliation;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Reconciliation;

public sealed class ReconciliationSessionTests : IDisposable
{
    private readonly ReconciliationProject _project = new();

    public ReconciliationSessionTests()
    {
        // Agreed: p001 topic (economy), p001 tone (1). Disagreements in order: p001 stance, p002 topic, p002 tone.
        _project.Code("anna", "d.p001", "topic", "economy").Code("ben", "d.p001", "topic", "economy")
            .Code("anna", "d.p001", "stance", "pro", "clearly in favour").Code("ben", "d.p001", "stance", "contra")
            .Code("anna", "d.p001", "tone", "1").Code("ben", "d.p001", "tone", "1")
            .Code("anna", "d.p002", "topic", "economy").Code("ben", "d.p002", "topic", "services;health")
            .Code("anna", "d.p002", "tone", "-1").Code("ben", "d.p002", "tone", "0");
    }

    public void Dispose() => _project.Dispose();

    private ReconciliationPlan Plan() => ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"]));

    private ReconciliationSession Session() => new(Plan(), _project.Project.Codings, TimeProvider.System);

    private static void Keys(ReconciliationSession session, params string[] keys)
    {
        foreach (var key in keys)
        {
            var parsed = key switch
            {
                "enter" => SessionKey.Enter,
                "escape" => SessionKey.Escape,
                _ when key.StartsWith('=') => SessionKey.Line(key[1..]),
                _ => SessionKey.Char(key[0]),
            };
            Assert.True(session.Handle(parsed), $"key '{key}' refused: {session.Screen.Message}");
        }
    }

    private CoderCodings Gold() => _project.Project.Codings.Load("gold");

    [Fact]
    public void AcceptAgreements_WritesAgreedWithProvenance_AndAResumedRunWritesNothingTwice()
    {
        Assert.Equal(2, Session().AcceptAgreements());
        Assert.Equal(0, Session().AcceptAgreements());

        var gold = Gold();
        Assert.Equal(("economy", "agreed", ""), (string.Join(';', gold.Get("d.p001", "topic")!.Values), gold.Get("d.p001", "topic")!.Provenance, gold.Get("d.p001", "topic")!.Memo));
        Assert.Equal(["1"], gold.Get("d.p001", "tone")!.Values);
        Assert.Equal(2, gold.Count);
        Assert.True(_project.Project.Codings.IsReconciliation("gold"));
    }

    [Fact]
    public void Screen_NamesEachCoderWithMemoAndTheCodebookEntriesInvolved()
    {
        var screen = Session().Screen;

        Assert.Equal(("d.p001", "stance", 1, 3), (screen.Item!.Unit.Id, screen.Item.Dimension.Id, screen.Position, screen.Count));
        Assert.Equal([new ReconciliationChoice(1, "anna", "Pro", "clearly in favour"), new ReconciliationChoice(2, "ben", "Contra", "")], screen.Choices);
        Assert.Equal([new ReconciliationEntry("pro", "Pro", "In favour."), new ReconciliationEntry("contra", "Contra", "Against.")], screen.Entries);
        Assert.Equal("First paragraph.", screen.Item.Unit.Text);
    }

    [Fact]
    public void ChooseCoder_WithReason_RecordsThatCodersValueAndMovesOn()
    {
        var session = Session();

        Keys(session, "m", "=ben reads the last sentence right", "2", "enter");

        var value = Gold().Get("d.p001", "stance")!;
        Assert.Equal(("contra", "chose:ben", "ben reads the last sentence right"), (string.Join(';', value.Values), value.Provenance, value.Memo));
        Assert.Equal(("d.p002", "topic", 1), (session.Current!.Unit.Id, session.Current.Dimension.Id, session.Decided));
    }

    [Fact]
    public void Combine_UnionOrSubset_CombinedUnlessItEqualsOneCoder()
    {
        var session = Session();
        Keys(session, "1", "enter");

        // p002 topic: anna economy, ben services+health. c ticks all three; Enter records them (combined).
        Keys(session, "c");
        Assert.Equal([true, true, true], session.Screen.Options.Select(o => o.IsSelected));
        Keys(session, "3", "enter", "enter");

        // Unticking health (3) leaves economy+services: a combination no coder recorded.
        Assert.Equal(("economy;services", "combined"), (string.Join(';', Gold().Get("d.p002", "topic")!.Values), Gold().Get("d.p002", "topic")!.Provenance));
        Assert.False(session.Handle(SessionKey.Char('c')));
        Assert.Equal("c combines categories of a multi dimension; choose a coder or enter a new value with v", session.Screen.Message);
    }

    [Fact]
    public void NewValue_RefusedWithoutReason_AcceptedWithOne()
    {
        var session = Session();
        Keys(session, "s", "s", "v", "2");

        // p002 tone: anna -1, ben 0; 3 is +1, which nobody chose.
        Keys(session, "escape", "3");
        Assert.False(session.Handle(SessionKey.Enter));
        Assert.Equal("a value no coder recorded needs a reason: press m and type it first", session.Screen.Message);
        Keys(session, "m", "=praise outweighs the complaint", "3", "enter");

        var value = Gold().Get("d.p002", "tone")!;
        Assert.Equal(("1", "new", "praise outweighs the complaint"), (string.Join(';', value.Values), value.Provenance, value.Memo));
        Assert.Equal((ReconciliationMode.Done, 1, 2), (session.Mode, session.Decided, session.Skipped));
    }

    [Fact]
    public void LeaveUncoded_OnAnOptionalDimension_IsANewValue()
    {
        var session = Session();
        Keys(session, "s", "s", "v", "m", "=says nothing about the subject", "x");

        Assert.Equal(("uncoded", "new"), (string.Join(';', Gold().Get("d.p002", "tone")!.Values), Gold().Get("d.p002", "tone")!.Provenance));
    }

    [Fact]
    public void Resume_DecidedDisagreementsAreSkipped()
    {
        var first = Session();
        Keys(first, "1", "enter", "q");
        Assert.True(first.IsOver);

        var resumed = Session();

        Assert.Equal((2, "d.p002", "topic"), (resumed.Count, resumed.Current!.Unit.Id, resumed.Current.Dimension.Id));
    }

    [Fact]
    public void Classify_ValueEqualToACoder_IsThatCoders()
    {
        var item = Plan().ToDecide[1];

        Assert.Equal(new ReconciliationProvenance(ReconciliationMethod.Chose, "ben"), ReconciliationSession.Classify(item, ["health", "services"]));
        Assert.Equal(new ReconciliationProvenance(ReconciliationMethod.Combined), ReconciliationSession.Classify(item, ["economy", "health"]));
        Assert.Equal(new ReconciliationProvenance(ReconciliationMethod.NewValue), ReconciliationSession.Classify(item, ["none"]));
    }

    [Fact]
    public void Journal_PartialLastLineLeftByACrash_ReportedThenSetAsideOnTheNextDecision()
    {
        Keys(Session(), "1", "enter");
        File.AppendAllText(_project.GoldPath, "2026-01-01T00:00:00.000Z,gold,d.p002,topic,econ");

        var plan = Plan();
        var warning = Assert.Single(plan.Warnings);
        Assert.Equal(("QCA3002", 3), (warning.Code, warning.Line));
        Keys(new ReconciliationSession(plan, _project.Project.Codings, TimeProvider.System), "1", "enter");

        Assert.Equal("2026-01-01T00:00:00.000Z,gold,d.p002,topic,econ\n", File.ReadAllText(_project.GoldPath + ".partial"));
        Assert.Equal(("economy", "chose:anna"), (string.Join(';', Gold().Get("d.p002", "topic")!.Values), Gold().Get("d.p002", "topic")!.Provenance));
        Assert.Empty(Gold().Diagnostics);
    }
}
