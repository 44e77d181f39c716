using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

public sealed class CodingSessionTests
{
    [Fact]
    public void Handle_FullUnit_WritesEachDimensionAndMovesToNextUnit()
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
    public void Handle_MultiToggledTwice_RemovesCategory()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\n2\n1\n\n");

        Assert.Equal(["set d1.p001 russia_role mediator"], journal.Lines);
    }

    [Fact]
    public void Handle_NoneOnMulti_RecordsNoneValue()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("n");

        Assert.Equal(["set d1.p001 russia_role none"], journal.Lines);
        Assert.Equal("azerbaijan_strategy", session.CurrentDimension!.Id);
    }

    [Fact]
    public void Handle_LeaveUncodedOnRequiredDimension_RefusesAndWritesNothing()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("x");

        Assert.Empty(journal.Lines);
        Assert.Equal("'russia_role' is required: it cannot be left uncoded", session.Screen.Message);
    }

    [Fact]
    public void Handle_LeaveUncodedOnOptionalScale_RecordsUncoded()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("n1\nx");

        Assert.Equal("set d1.p001 relations_tone uncoded", journal.Lines[^1]);
        Assert.Equal(1, session.Progress.Done);
    }

    [Fact]
    public void Handle_NoneOnScale_RefusedWithHint()
    {
        var session = SessionFixture.Start(new MemoryJournal());
        session.Type("n1\nn");

        Assert.Equal("relations_tone", session.CurrentDimension!.Id);
        Assert.StartsWith("n (none applies) is for category dimensions", session.Screen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_NumberThenQuestionMark_ShowsCodebookEntry()
    {
        var session = SessionFixture.Start(new MemoryJournal());

        session.Type("2?");

        var help = session.Screen.Help!;
        Assert.Equal("2 · Mediator (mediator)", help.Title);
        Assert.Equal("Russia brokers talks or ceasefires.", help.Definition);
        Assert.Equal(["ceasefire statements signed in Moscow"], help.Include);
        Assert.Equal(["peacekeepers on the ground → peacekeeping"], help.Exclude);
        Assert.Equal(["Moscow hosted the talks that produced the truce."], help.Examples);
        Assert.Equal("russia_role", session.CurrentDimension!.Id);
    }

    [Fact]
    public void Handle_HThenNumber_ShowsScaleLevelEntry()
    {
        var session = SessionFixture.Start(new MemoryJournal());
        session.Type("n1\n");

        session.Type("h4\n");

        Assert.Equal("4 · (+1) cooperative", session.Screen.Help!.Title);
        Assert.Equal(["The two ministers praised their trade."], session.Screen.Help.Examples);
    }

    [Fact]
    public void Handle_MemoBeforeAnswer_IsWrittenWithTheAnswer()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("m");
        Assert.Equal(SessionMode.Memo, session.Mode);
        session.Handle(SessionKey.Line("  truce talks, check date  "));
        session.Type("2\n\n");

        Assert.Equal(["set d1.p001 russia_role mediator [truce talks, check date]"], journal.Lines);
    }

    [Fact]
    public void Handle_MemoOnAnswerWithMemo_ShowsRecordedMemoAndAddsToIt()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);
        session.Type("m");
        session.Handle(SessionKey.Line("truce talks"));
        session.Type("2\n\n1\n3\n");

        session.Type("b");
        Assert.Equal("truce talks", session.Screen.Prompt!.RecordedMemo);
        session.Type("m");
        session.Handle(SessionKey.Line("check the date"));

        Assert.Equal("set d1.p001 russia_role mediator [truce talks | check the date]", journal.Lines[^1]);
        Assert.Equal("truce talks | check the date", session.Screen.Prompt.RecordedMemo);
    }

    [Fact]
    public void Handle_TwoMemosBeforeAnswer_KeepsBoth()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("m");
        session.Handle(SessionKey.Line("first"));
        session.Type("m");
        session.Handle(SessionKey.Line("second"));
        session.Type("2\n\n");

        Assert.Equal(["set d1.p001 russia_role mediator [first | second]"], journal.Lines);
    }

    [Fact]
    public void Handle_BackThenChangeOne_AppendsNewValueAndReturnsToNextUncodedUnit()
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
    public void Handle_UndoFirstDecision_AppendsClearAndReturnsToIt()
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
    public void Handle_UndoChangedAnswer_AppendsPreviousValue()
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
    public void Handle_Skip_MovesOnAndComesBackAtTheEnd()
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
    public void Handle_LastDecision_ShowsCompletionScreenNotTheEnd()
    {
        var session = SessionFixture.Start(new MemoryJournal(), units: 1);

        session.Type("n1\nx");

        Assert.Equal(SessionMode.Completed, session.Mode);
        Assert.False(session.IsOver);
        Assert.Null(session.Screen.Unit);
        Assert.Equal(new SessionProgress(1, 1, null), session.Progress);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("\n")]
    public void Handle_QuitOrEnterOnCompletionScreen_Finishes(string key)
    {
        var session = SessionFixture.Start(new MemoryJournal(), units: 1);
        session.Type("n1\nx");

        session.Type(key);

        Assert.Equal(SessionMode.Finished, session.Mode);
        Assert.True(session.IsOver);
    }

    [Fact]
    public void Handle_BackOnCompletionScreen_ChangesTheLastAnswerOfTheSession()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal, units: 2);
        session.Type("n1\nx" + "n1\nx");

        session.Type("b");
        Assert.Equal(SessionMode.Choosing, session.Mode);
        Assert.Equal("d1.p002", session.CurrentUnit!.Id);
        Assert.Equal("none applies", session.Screen.Prompt!.Current);
        session.Type("\n\n4\n");

        Assert.Equal("set d1.p002 relations_tone 1", journal.Lines[^1]);
        Assert.Equal(7, journal.Lines.Count);
        Assert.Equal(SessionMode.Completed, session.Mode);
    }

    [Fact]
    public void Handle_UndoOnCompletionScreen_ReopensTheLastDimension()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal, units: 1);
        session.Type("n1\nx");

        session.Type("u");

        Assert.Equal(SessionMode.Choosing, session.Mode);
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
        Assert.Equal(SessionMode.Completed, resumed.Mode);
        Assert.Contains("--unit", resumed.Screen.Message, StringComparison.Ordinal);
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
    public void Handle_NoneWithCategoriesTicked_AsksFirstAndWritesNothing()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\n3\nn");

        Assert.Empty(journal.Lines);
        Assert.Equal("2 categories are ticked: n again records none applies and drops them, Enter records the ticked", session.Screen.Message);
        Assert.Equal([true, false, true], session.Screen.Prompt!.Options.Select(o => o.IsSelected));
    }

    [Fact]
    public void Handle_NoneTwiceWithCategoryTicked_RecordsNone()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\nnn");

        Assert.Equal(["set d1.p001 russia_role none"], journal.Lines);
    }

    [Fact]
    public void Handle_NoneThenOtherKeyThenNone_AsksAgain()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\nn2\nn");

        Assert.Empty(journal.Lines);
        Assert.StartsWith("2 categories are ticked", session.Screen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ScaleWithNegativeValues_ShowsSignedValueInBracketsAfterTheNumber()
    {
        var session = SessionFixture.Start(new MemoryJournal());
        session.Type("n1\n");

        Assert.Equal(
            ["(-2) confrontational", "(-1) tense", "(0) mixed", "(+1) cooperative", "(+2) allied"],
            session.Screen.Prompt!.Options.Select(o => o.Label));
        Assert.Equal([1, 2, 3, 4, 5], session.Screen.Prompt.Options.Select(o => o.Number));
    }

    [Fact]
    public void Handle_NumberOutOfRange_ExplainsAndWritesNothing()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("7\n");

        Assert.Empty(journal.Lines);
        Assert.Equal("there is no choice 7 (1–3)", session.Screen.Message);
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
    public void Handle_Quit_EndsWithoutWriting()
    {
        var journal = new MemoryJournal();
        var session = SessionFixture.Start(journal);

        session.Type("1\nq2\n");

        Assert.Equal(SessionMode.Quit, session.Mode);
        Assert.Empty(journal.Lines);
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
