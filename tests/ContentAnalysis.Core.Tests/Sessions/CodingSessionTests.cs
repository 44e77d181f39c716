using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

public sealed class CodingSessionTests
{
    [Fact]
    public void Operations_FullUnit_WritesEachDimensionAndMovesToNextUnit()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        // Multi: toggle 3 then 1, confirm; single: 2; ordinal: 4 (= +1).
        session.Type("3\n1\n\n2\n4\n");

        Assert.Equal(
            ["set d1.p001 russia_role ally_armenia;partner_azerbaijan", "set d1.p001 azerbaijan_strategy external", "set d1.p001 relations_tone 1"],
            journal.Lines);
        Assert.Equal("d1.p002", session.CurrentUnit!.Id);
        Assert.Equal("russia_role", session.CurrentDimension!.Id);
        Assert.Equal(1, session.Progress.Done);
    }

    [Fact]
    public void Operations_MultiToggledTwice_RemovesCategory()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\n2\n1\n\n");

        Assert.Equal(["set d1.p001 russia_role mediator"], journal.Lines);
    }

    [Fact]
    public void Operations_NoneOnMulti_RecordsNoneValue()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("n");

        Assert.Equal(["set d1.p001 russia_role none"], journal.Lines);
        Assert.Equal("azerbaijan_strategy", session.CurrentDimension!.Id);
    }

    [Fact]
    public void Operations_LeaveUncodedOnRequiredDimension_RefusesAndWritesNothing()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        var outcome = session.Type("x");

        Assert.Empty(journal.Lines);
        Assert.Equal(new SessionOutcome(SessionOutcomeKind.Required, new CodingKey("d1.p001", "russia_role")), outcome);
    }

    [Fact]
    public void Operations_LeaveUncodedOnOptionalScale_RecordsUncoded()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("n1\nx");

        Assert.Equal("set d1.p001 relations_tone uncoded", journal.Lines[^1]);
        Assert.Equal(1, session.Progress.Done);
    }

    [Fact]
    public void Operations_NoneOnScale_RefusedWithHint()
    {
        var session = SessionFixture.Start(new MemoryJournal());
        var outcome = session.Type("n1\nn");

        Assert.Equal("relations_tone", session.CurrentDimension!.Id);
        Assert.Equal(SessionOutcomeKind.NoneNotAllowed, outcome.Kind);
    }

    [Fact]
    public void HelpFor_Category_GivesItsCodebookEntry()
    {
        var session = SessionFixture.Start(new MemoryJournal());

        var help = session.HelpFor(2)!;

        Assert.Equal((2, "Mediator", "mediator"), (help.Number, help.Label, help.Value));
        Assert.Equal("Russia brokers talks or ceasefires.", help.Definition);
        Assert.Equal(["ceasefire statements signed in Moscow"], help.Include);
        Assert.Equal([new BoundaryRule("peacekeepers on the ground", "peacekeeping")], help.Exclude);
        Assert.Equal(["Moscow hosted the talks that produced the truce."], help.Examples);
        Assert.Equal("russia_role", session.CurrentDimension!.Id);
    }

    [Fact]
    public void HelpFor_ScaleLevel_GivesLabelValueAndExamples()
    {
        var session = SessionFixture.Start(new MemoryJournal());
        session.Type("n1\n");

        var help = session.HelpFor(4)!;

        Assert.Equal((4, "cooperative", "1"), (help.Number, help.Label, help.Value));
        Assert.Equal(["The two ministers praised their trade."], help.Examples);
        Assert.Null(session.HelpFor(6));
    }

    [Fact]
    public void AddMemo_BeforeAnswer_IsJournaledAtOnceAndTheAnswerCarriesIt()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        var outcome = session.AddMemo("  truce talks, check date  ");
        Assert.Equal(SessionOutcomeKind.MemoPending, outcome.Kind);
        Assert.Equal(["memo d1.p001 russia_role [truce talks, check date]"], journal.Lines);
        Assert.Equal("truce talks, check date", session.Screen.Prompt!.PendingMemo);
        session.Type("2\n\n");

        Assert.Equal("set d1.p001 russia_role mediator [truce talks, check date]", journal.Lines[^1]);
    }

    [Fact]
    public void Constructor_JournalWithMemoAheadOfAnswer_ShowsItAndTheAnswerCarriesIt()
    {
        var journal = new MemoryJournal();
        SessionFixture.Start(journal).AddMemo("seen before the crash");

        var resumed = SessionFixture.Start(journal);

        Assert.Equal("seen before the crash", resumed.Screen.Prompt!.PendingMemo);
        resumed.Type("n");
        Assert.Equal("set d1.p001 russia_role none [seen before the crash]", journal.Lines[^1]);
    }

    [Fact]
    public void Skip_WithMemoAheadOfAnswer_KeepsTheMemoForWhenTheUnitComesBack()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal, units: 2);
        session.AddMemo("come back to this");

        session.Type("s");
        Assert.Equal("", session.Screen.Prompt!.PendingMemo);
        session.Type("n1\nx");

        Assert.Equal("d1.p001", session.CurrentUnit!.Id);
        Assert.Equal("come back to this", session.Screen.Prompt!.PendingMemo);
    }

    [Fact]
    public void Undo_AnswerThatCarriedAMemo_ClearsItAndWritesTheMemoAgain()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.AddMemo("keep me");
        session.Type("n");

        var outcome = session.Type("u");

        Assert.Equal(new SessionOutcome(SessionOutcomeKind.Undone, new CodingKey("d1.p001", "russia_role")), outcome);
        Assert.Equal(["memo d1.p001 russia_role [keep me]", "set d1.p001 russia_role none [keep me]", "clear d1.p001 russia_role", "memo d1.p001 russia_role [keep me]"], journal.Lines);
        Assert.Equal("keep me", session.Screen.Prompt!.PendingMemo);
    }

    [Fact]
    public void Operations_MemoOnAnswerWithMemo_ShowsRecordedMemoAndAddsToIt()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.AddMemo("truce talks");
        session.Type("2\n\n1\n3\n");

        session.Type("b");
        Assert.Equal("truce talks", session.Screen.Prompt!.Recorded!.Memo);
        Assert.Equal(SessionOutcomeKind.MemoAdded, session.AddMemo("check the date").Kind);

        Assert.Equal("set d1.p001 russia_role mediator [truce talks | check the date]", journal.Lines[^1]);
        Assert.Equal("truce talks | check the date", session.Screen.Prompt.Recorded!.Memo);
    }

    [Fact]
    public void Operations_TwoMemosBeforeAnswer_KeepsBoth()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.AddMemo("first");
        session.AddMemo("second");
        session.Type("2\n\n");

        Assert.Equal(["memo d1.p001 russia_role [first]", "memo d1.p001 russia_role [first | second]", "set d1.p001 russia_role mediator [first | second]"], journal.Lines);
    }

    [Fact]
    public void Operations_BackThenChangeOne_AppendsNewValueAndReturnsToNextUncodedUnit()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.Type("1\n\n1\n3\n");

        session.Type("b");
        Assert.Equal("d1.p001", session.CurrentUnit!.Id);
        Assert.Equal("Strategic partner of Azerbaijan", session.Screen.Prompt!.Options[2].Label);
        Assert.True(session.Screen.Prompt.Options[0].IsSelected);
        session.Type("\n2\n\n");

        Assert.Equal("set d1.p001 azerbaijan_strategy external", journal.Lines[^1]);
        Assert.Equal(4, journal.Lines.Count);
        Assert.Equal("d1.p002", session.CurrentUnit!.Id);
    }

    [Fact]
    public void Operations_UndoFirstDecision_AppendsClearAndReturnsToIt()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.Type("2\n\n");

        session.Type("u");

        Assert.Equal(["set d1.p001 russia_role mediator", "clear d1.p001 russia_role"], journal.Lines);
        Assert.Equal("russia_role", session.CurrentDimension!.Id);
        Assert.False(session.Screen.Prompt!.Options[1].IsSelected);
    }

    [Fact]
    public void Operations_UndoChangedAnswer_AppendsPreviousValue()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.Type("1\n\n1\n3\nb\n2\n");

        session.Type("u");

        Assert.Equal("set d1.p001 azerbaijan_strategy balancing", journal.Lines[^1]);
        Assert.Equal("azerbaijan_strategy", session.CurrentDimension!.Id);
        Assert.Equal("d1.p001", session.CurrentUnit!.Id);
    }

    [Fact]
    public void Operations_Skip_MovesOnAndComesBackAtTheEnd()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal, units: 2);

        session.Type("s");
        Assert.Equal("d1.p002", session.CurrentUnit!.Id);
        session.Type("n1\nx");

        Assert.Equal("d1.p001", session.CurrentUnit!.Id);
        Assert.Equal(1, session.Progress.Done);
    }

    [Fact]
    public void Operations_LastDecision_ShowsCompletionScreenNotTheEnd()
    {
        var session = SessionFixture.Start(new MemoryJournal(), units: 1);

        session.Type("n1\nx");

        Assert.True(session.IsAtEnd);
        Assert.True(session.Screen.IsComplete);
        Assert.Null(session.Screen.Unit);
        Assert.Equal(new SessionProgress(1, 1, null), session.Progress);
    }

    [Fact]
    public void Operations_BackOnCompletionScreen_ChangesTheLastAnswerOfTheSession()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal, units: 2);
        session.Type("n1\nx" + "n1\nx");

        Assert.Equal(SessionOutcomeKind.Reopened, session.Type("b").Kind);
        Assert.False(session.IsAtEnd);
        Assert.Equal("d1.p002", session.CurrentUnit!.Id);
        Assert.True(session.Screen.Prompt!.Recorded!.IsNoneApplies);
        session.Type("\n\n4\n");

        Assert.Equal("set d1.p002 relations_tone 1", journal.Lines[^1]);
        Assert.Equal(7, journal.Lines.Count);
        Assert.True(session.IsAtEnd);
    }

    [Fact]
    public void Operations_UndoOnCompletionScreen_ReopensTheLastDimension()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal, units: 1);
        session.Type("n1\nx");

        session.Type("u");

        Assert.False(session.IsAtEnd);
        Assert.Equal("relations_tone", session.CurrentDimension!.Id);
        Assert.Equal("clear d1.p001 relations_tone", journal.Lines[^1]);
        Assert.Equal(0, session.Progress.Done);
    }

    [Fact]
    public void Constructor_EverythingCoded_OpensCompletionScreenWhoseBackReopensLastUnit()
    {
        var journal = new MemoryJournal();
        SessionFixture.Start(journal, units: 2).Type("n1\nx" + "n2\nx");

        var resumed = SessionFixture.Start(journal, units: 2);
        Assert.True(resumed.IsAtEnd);
        resumed.Type("b");

        Assert.Equal("d1.p002", resumed.CurrentUnit!.Id);
        Assert.Equal("russia_role", resumed.CurrentDimension!.Id);
    }

    [Fact]
    public void Constructor_StartUnit_OpensCodedUnitPrefilledAndEnterKeepsEachAnswer()
    {
        var journal = new MemoryJournal();
        SessionFixture.Start(journal).Type("1\n3\n\n2\n4\n" + "n1\nx");

        var reopened = new CodingSession(SessionFixture.Dimensions, SessionFixture.Units(), journal, TimeProvider.System, "d1.p001");

        Assert.Equal("d1.p001", reopened.CurrentUnit!.Id);
        Assert.Equal("russia_role", reopened.CurrentDimension!.Id);
        Assert.Equal([true, false, true], reopened.Screen.Prompt!.Options.Select(o => o.IsSelected));
        reopened.Type("\n\n5\n");
        Assert.Equal("set d1.p001 relations_tone 2", journal.Lines[^1]);
        Assert.Equal(7, journal.Lines.Count);
        Assert.Equal("d1.p003", reopened.CurrentUnit!.Id);
    }

    [Fact]
    public void Constructor_StartUnitNotInSession_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CodingSession(SessionFixture.Dimensions, SessionFixture.Units(), new MemoryJournal(), TimeProvider.System, "d9.p001"));
    }

    [Fact]
    public void Operations_NoneWithCategoriesTicked_AsksFirstAndWritesNothing()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        var outcome = session.Type("1\n3\nn");

        Assert.Empty(journal.Lines);
        Assert.Equal(new SessionOutcome(SessionOutcomeKind.TickedWouldBeDropped, new CodingKey("d1.p001", "russia_role"), 2), outcome);
        Assert.Equal([true, false, true], session.Screen.Prompt!.Options.Select(o => o.IsSelected));
    }

    [Fact]
    public void Operations_NoneTwiceWithCategoryTicked_RecordsNone()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\nnN");

        Assert.Equal(["set d1.p001 russia_role none"], journal.Lines);
    }

    [Fact]
    public void Screen_Scale_GivesLevelsWithInvariantValues()
    {
        var session = SessionFixture.Start(new MemoryJournal());
        session.Type("n1\n");

        Assert.Equal(["-2", "-1", "0", "1", "2"], session.Screen.Prompt!.Options.Select(o => o.Value));
        Assert.Equal("confrontational", session.Screen.Prompt.Options[0].Label);
        Assert.Equal([1, 2, 3, 4, 5], session.Screen.Prompt.Options.Select(o => o.Number));
    }

    [Fact]
    public void Operations_NumberOutOfRange_ExplainsAndWritesNothing()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        var outcome = session.Type("7\n");

        Assert.Empty(journal.Lines);
        Assert.Equal((SessionOutcomeKind.NoSuchChoice, 7, 3), (outcome.Kind, outcome.Number, outcome.Count));
    }

    [Fact]
    public void Constructor_PartlyCodedJournal_ResumesAtFirstUndecidedDimension()
    {
        var journal = new MemoryJournal();
        SessionFixture.Start(journal).Type("n1\nx" + "2\n\n");

        var resumed = SessionFixture.Start(journal);

        Assert.Equal("d1.p002", resumed.CurrentUnit!.Id);
        Assert.Equal("azerbaijan_strategy", resumed.CurrentDimension!.Id);
        Assert.Equal(1, resumed.Progress.Done);
    }

    [Fact]
    public void Progress_AfterTwoUnitsInTenMinutes_EstimatesFromPace()
    {
        var time = new ManualTime();
        var session = SessionFixture.Start(new MemoryJournal(), units: 6, time);

        time.Advance(TimeSpan.FromMinutes(4));
        session.Type("n1\nx");
        time.Advance(TimeSpan.FromMinutes(6));
        session.Type("n2\nx");

        // 10 minutes for 2 units → 5 minutes each, 4 left.
        Assert.Equal(new SessionProgress(2, 6, TimeSpan.FromMinutes(20)), session.Progress);
        Assert.Equal(100.0 * 2 / 6, session.Progress.Percent, 10);
    }

    [Fact]
    public void Confirm_BackThenKeepEveryAnswer_OpensTheNextPartlyCodedUnitAtItsFirstOpenDimension()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.Type("n1\nx" + "2\n\n");
        Assert.Equal(("d1.p002", "azerbaijan_strategy"), (session.CurrentUnit!.Id, session.CurrentDimension!.Id));

        session.Type("b\n\n\n");

        Assert.Equal(("d1.p002", "azerbaijan_strategy"), (session.CurrentUnit!.Id, session.CurrentDimension!.Id));
    }

    [Fact]
    public void LastCompleted_IsTheUnitTheLastOperationCompleted()
    {
        var session = SessionFixture.Start(new MemoryJournal());

        session.Type("n1\n");
        Assert.Null(session.LastCompleted);
        session.Type("x");

        Assert.Equal("d1.p001", session.LastCompleted!.Id);
        session.Type("n");
        Assert.Null(session.LastCompleted);
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
