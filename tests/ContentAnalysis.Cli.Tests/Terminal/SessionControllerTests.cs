using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Tests.Terminal;

public sealed class SessionControllerTests
{
    [Fact]
    public void Handle_Quit_EndsWithoutWritingAndSaysAnswersAndMemosAreSaved()
    {
        var (controller, journal) = Start();

        Type(controller, "1\nq2\n");

        Assert.Equal(InputMode.Quit, controller.Mode);
        Assert.True(controller.IsOver);
        Assert.Empty(journal.Lines);
        Assert.Equal("quit; every answer and memo so far is saved", controller.View.Message);
    }

    [Fact]
    public void Handle_MemoConfirmed_IsInTheJournalBeforeTheNextKey()
    {
        var (controller, journal) = Start();

        Type(controller, "m");
        Assert.True(controller.WantsLine);
        controller.Handle(SessionKey.Line("truce talks"));

        Assert.Equal(["memo alpha.p002 russia_role [truce talks]"], journal.Lines);
        Assert.Equal("memo saved; the answer to this dimension will carry it", controller.View.Message);
        var lines = ScreenLayout.Lines(controller.View, 80).Select(l => l.Text).ToList();
        Assert.Contains("memo (saved; goes with this answer): truce talks", lines);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("\n")]
    public void Handle_QuitOrEnterOnCompletionScreen_Finishes(string key)
    {
        var (controller, _) = Start(ScaleOnly());
        Type(controller, "4\n");
        Assert.True(controller.View.IsComplete);

        Type(controller, key);

        Assert.Equal(InputMode.Finished, controller.Mode);
    }

    [Fact]
    public void Handle_NoneTwiceWithCategoryTicked_RecordsNone()
    {
        var (controller, journal) = Start();

        Type(controller, "1\nn");
        Assert.Equal("1 category is ticked: n again records none applies and drops them, Enter records the ticked", controller.View.Message);
        Type(controller, "n");

        Assert.Equal(["set alpha.p002 russia_role none"], journal.Lines);
    }

    [Fact]
    public void Handle_NoneThenOtherKeyThenNone_AsksAgain()
    {
        var (controller, journal) = Start();

        Type(controller, "1\nn2\nn");

        Assert.Empty(journal.Lines);
        Assert.StartsWith("2 categories are ticked", controller.View.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_UndoOfAFirstAnswer_SaysItHasNoAnswerNotThatItIsUncoded()
    {
        var (controller, _) = Start();
        Type(controller, "n");

        Type(controller, "u");

        Assert.Equal("undone: alpha.p002 / russia_role has no answer again", controller.View.Message);
        Assert.DoesNotContain("uncoded", controller.View.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_QuestionMarkAlone_ShowsTheDimensionsDescriptionAndRules()
    {
        var (controller, _) = Start(ScaleOnly());

        Type(controller, "?");

        var lines = ScreenLayout.Lines(controller.View, 100).Select(l => l.Text).ToList();
        Assert.Contains("── Tone of Azerbaijan–Russia relations (relations_tone, ordinal, optional)", lines);
        Assert.Contains(lines, l => l.Contains("Leave the unit uncoded when it says nothing about Azerbaijan–Russia relations", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("x              leave uncoded", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("n              none", StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_QuestionMarkAloneOnARequiredDimension_DoesNotListLeaveUncoded()
    {
        var (controller, _) = Start();

        Type(controller, "?");

        var lines = ScreenLayout.Lines(controller.View, 100).Select(l => l.Text).ToList();
        Assert.Contains("── Russia's role (russia_role, multi, required)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("uncoded", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("n              none of the categories applies", StringComparison.Ordinal));
    }

    [Fact]
    public void View_KeyLegend_SaysEnterAfterHAndANumber()
    {
        var (controller, _) = Start();

        var lines = ScreenLayout.Lines(controller.View, 200).Select(l => l.Text).ToList();

        Assert.Contains(lines, l => l.StartsWith("keys: ", StringComparison.Ordinal) && l.Contains("2? or h2 Enter definition", StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_HNumberEnter_ShowsTheEntryAsAPage()
    {
        var (controller, _) = Start();

        Type(controller, "h2\n");

        var lines = ScreenLayout.Lines(controller.View, 80).Select(l => l.Text).ToList();
        Assert.Contains("── 2 · Mediator (mediator)", lines);
        Assert.Contains("  applies when:", lines);
    }

    [Fact]
    public void Handle_ScaleLevelHelp_TitleShowsTheSignedValue()
    {
        var (controller, _) = Start(ScaleOnly());

        Type(controller, "4?");

        Assert.Contains("── 4 · (+1) cooperative", ScreenLayout.Lines(controller.View, 80).Select(l => l.Text));
    }

    [Fact]
    public void Handle_UnitCompletedWithASessionMode_ShowsItsPageUntilAKey()
    {
        var (controller, _) = Start(ScaleOnly(), new PageAfterEachUnit());

        Type(controller, "4\n");

        Assert.Equal(InputMode.Panel, controller.Mode);
        Assert.Contains("feedback on alpha.p002", ScreenLayout.Lines(controller.View, 80).Select(l => l.Text));
        Type(controller, "\n");
        Assert.Equal(InputMode.Choosing, controller.Mode);
        Assert.True(controller.View.IsComplete);
    }

    private static (SessionController Controller, RecordingJournal Journal) Start(IReadOnlyList<Dimension>? dimensions = null, ISessionMode? mode = null)
    {
        var journal = new RecordingJournal();
        var unit = ScreenLayoutTests.Session().Units[0];
        var session = new CodingSession(dimensions ?? ScreenLayoutTests.Session().Dimensions, [unit], journal, TimeProvider.System);
        return (new SessionController(session, mode), journal);
    }

    private static IReadOnlyList<Dimension> ScaleOnly() => [.. ScreenLayoutTests.Session().Dimensions.Where(d => d.Id == "relations_tone")];

    private static void Type(SessionController controller, string keys)
    {
        foreach (var c in keys)
        {
            controller.Handle(c == '\n' ? SessionKey.Enter : SessionKey.Char(c));
        }
    }

    private sealed class PageAfterEachUnit : ISessionMode
    {
        public SessionPanel? AfterUnit(CodingSession session, SessionUnit unit) => new("feedback on " + unit.Id, []);
    }

    private sealed class RecordingJournal : ICodingJournal
    {
        public string Coder => "anna";

        public List<string> Lines { get; } = [];

        public JournalContents Load() => JournalContents.Empty;

        public void Set(UnitCoding coding, string unitHash) => Lines.Add($"set {coding.Unit} {coding.Dimension} {string.Join(';', coding.Values)}");

        public void Clear(CodingKey key, string unitHash) => Lines.Add($"clear {key.Unit} {key.Dimension}");

        public void Memo(CodingKey key, string memo, string unitHash) => Lines.Add($"memo {key.Unit} {key.Dimension} [{memo}]");
    }
}
