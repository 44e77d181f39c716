using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Tests.Terminal;

public sealed class ScreenLayoutTests
{
    private const string Sentence = "Moscow hosted both foreign ministers and announced a pause in the fighting that broke down within hours. ";

    [Fact]
    public void Lines_NarrowTerminal_NoLineWiderThanIt()
    {
        var lines = ScreenLayout.Lines(View(Session()), 40);

        Assert.All(lines, l => Assert.True(CellText.Width(l.Text) <= 40, $"{l.Text.Length} columns: '{l.Text}'"));
        // A wrapped choice continues at its own indent.
        var third = lines.ToList().FindIndex(l => l.Text.StartsWith("  [ ]  3  Strategic partner of", StringComparison.Ordinal));
        Assert.Equal("          Azerbaijan", lines[third + 1].Text);
    }

    [Fact]
    public void Frame_ScreenTallerThanTerminal_CutsTheDimmedContextFirstAndKeepsHeaderAndUnit()
    {
        var full = ScreenLayout.Lines(View(Session()), 60);
        var unitLines = full.Count(l => l.Style == LineStyle.Text && l.Text.StartsWith('│'));

        var lines = ScreenLayout.Frame(View(Session()), 60, full.Count - 10).Lines;

        Assert.Equal(full.Count - 10, lines.Count);
        Assert.Equal(full[0], lines[0]);
        Assert.Equal(LineStyle.Meta, lines[1].Style);
        Assert.Equal(unitLines, lines.Count(l => l.Style == LineStyle.Text && l.Text.StartsWith('│')));
        Assert.Equal(full[^1], lines[^1]);
        // The previous unit goes first, then the far end of the next one; the cut is marked.
        Assert.Equal(full.Count(l => l.Style == LineStyle.Context) - 10, lines.Count(l => l.Style == LineStyle.Context));
        Assert.StartsWith("… ", lines.Last(l => l.Style == LineStyle.Context).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_ScreenFits_KeepsAllContext()
    {
        var full = ScreenLayout.Lines(View(Session()), 60);

        Assert.Equal(full, ScreenLayout.Frame(View(Session()), 60, full.Count).Lines);
    }

    [Theory]
    [InlineData(60, 20)]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Frame_EachTerminalSize_FitsAndKeepsTheHeaderOnTop(int width, int height)
    {
        var frame = ScreenLayout.Frame(View(Session()), width, height);

        Assert.True(frame.Lines.Count <= height, $"{frame.Lines.Count} lines on {height} rows");
        Assert.All(frame.Lines, l => Assert.True(CellText.Width(l.Text) <= width, $"'{l.Text}' is wider than {width}"));
        Assert.Equal("anna · unit 1 of 1 · 0 of 1 done (0%)", frame.Lines[0].Text);
        Assert.StartsWith("alpha.p002 — Truce talks in Moscow", frame.Lines[1].Text, StringComparison.Ordinal);
        Assert.Equal("> ", frame.Lines[^1].Text);
    }

    [Theory]
    [InlineData(60, 20)]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Frame_UnitLongerThanTheScreen_PagesItWithTheHeaderInViewAndNothingCut(int width, int height)
    {
        var text = string.Concat(Enumerable.Range(1, 150).Select(i => $"Sentence {i} of a very long unit. "));
        var controller = new SessionController(Session(text));
        var seen = new List<string>();
        var headers = new HashSet<string>();
        for (var page = 0; page < 40; page++)
        {
            var frame = ScreenLayout.Frame(controller.View, width, height);
            controller.Fitted(frame);
            Assert.True(frame.Lines.Count <= height);
            headers.Add(frame.Lines[0].Text + "|" + frame.Lines[1].Text);
            seen.AddRange(frame.Lines.Where(l => l.Style == LineStyle.Text && l.Text.StartsWith('│')).Select(l => l.Text));
            Assert.StartsWith("── lines ", frame.Lines[^2].Text, StringComparison.Ordinal);
            controller.Handle(new SessionKey(SessionKeyKind.PageDown));
        }

        // Every line of the unit was on some page, in order, and the header never moved.
        var expected = TextWrap.Lines(text, width - 2).Select(l => "│ " + l).ToList();
        Assert.Equal(expected, seen.Distinct().ToList());
        Assert.Single(headers);
    }

    [Fact]
    public void Frame_PageUpAndArrows_MoveBackAndByOneLine()
    {
        var text = string.Concat(Enumerable.Range(1, 60).Select(i => $"Sentence {i} of a very long unit. "));
        var controller = new SessionController(Session(text));
        controller.Fitted(ScreenLayout.Frame(controller.View, 60, 20));

        controller.Handle(new SessionKey(SessionKeyKind.PageDown));
        var afterPage = ScreenLayout.Frame(controller.View, 60, 20);
        controller.Fitted(afterPage);
        controller.Handle(new SessionKey(SessionKeyKind.Down));
        var afterDown = ScreenLayout.Frame(controller.View, 60, 20);
        controller.Fitted(afterDown);
        controller.Handle(new SessionKey(SessionKeyKind.Up));
        controller.Handle(new SessionKey(SessionKeyKind.PageUp));
        var back = ScreenLayout.Frame(controller.View, 60, 20);

        // 20 rows: progress 1, unit id and document 2 (wrapped at 60), input 1, page line 1 → 15 body rows;
        // a page moves 14, keeping one line of overlap.
        Assert.Equal(15, back.BodyRows);
        Assert.Equal(14, afterPage.Scroll);
        Assert.Equal(15, afterDown.Scroll);
        Assert.Equal(0, back.Scroll);
        Assert.StartsWith("── lines 1–15 of ", back.Lines[^2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60, 20)]
    [InlineData(80, 24)]
    public void Frame_DimensionPage_PagesWithTheHeaderInView(int width, int height)
    {
        var controller = new SessionController(Session());
        controller.Handle(SessionKey.Char('?'));
        var lines = new List<string>();
        for (var page = 0; page < 5; page++)
        {
            var frame = ScreenLayout.Frame(controller.View, width, height);
            controller.Fitted(frame);
            Assert.True(frame.Lines.Count <= height);
            Assert.Equal("anna · unit 1 of 1 · 0 of 1 done (0%)", frame.Lines[0].Text);
            lines.AddRange(frame.Lines.Where(l => l.Style == LineStyle.Help).Select(l => l.Text));
            controller.Handle(new SessionKey(SessionKeyKind.PageDown));
        }

        Assert.Contains(lines, l => l.StartsWith("── Russia's role", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("q              quit", StringComparison.Ordinal));
    }

    [Fact]
    public void Frame_ResizedTerminal_LaysOutAgainForTheNewSize()
    {
        var view = View(Session());

        var wide = ScreenLayout.Frame(view, 120, 40);
        var narrow = ScreenLayout.Frame(view, 60, 20);

        Assert.True(narrow.Lines.Count <= 20);
        Assert.Contains(wide.Lines, l => CellText.Width(l.Text) > 60);
        Assert.All(narrow.Lines, l => Assert.True(CellText.Width(l.Text) <= 60));
    }

    [Fact]
    public void Lines_WideAndCombiningText_WrapsByCellsAndNeverSplitsAFlag()
    {
        // 13 CJK characters are 26 cells; a flag (two regional indicators) is one 2-cell cluster, so 20 flags are
        // 40 cells and the 28 cells after "│ " take 14 of them; e + combining acute is one cell.
        var flags = string.Concat(Enumerable.Repeat("🇦🇿", 20));
        var text = $"協議停火莫斯科主持會談雙方 {flags} e\u0301e\u0301e\u0301";
        var lines = ScreenLayout.Lines(View(Session(text)), 30);

        var unit = lines.Where(l => l.Style == LineStyle.Text && l.Text.StartsWith('│')).Select(l => l.Text[2..]).ToList();
        Assert.All(lines, l => Assert.True(CellText.Width(l.Text) <= 30, $"'{l.Text}'"));
        Assert.Equal(["協議停火莫斯科主持會談雙方", flags[..(14 * 4)], flags[(14 * 4)..] + " e\u0301e\u0301e\u0301"], unit);
    }

    internal static CodingSession Session(string? text = null, string id = "alpha.p002")
    {
        var book = CodebookLoader.Parse(File.ReadAllText(RepositoryRoot.Combine("codebooks", "russia-south-caucasus.yaml")), "codebook.yaml").Codebook!;
        var document = new SessionDocument("alpha", "Truce talks in Moscow", "T. Tester", "2020-10-20", "war");
        var context = string.Concat(Enumerable.Repeat(Sentence, 3));
        var unit = new SessionUnit(id, 2, text ?? context, "hash", document, context, context);
        return new CodingSession(book.Dimensions, [unit], new EmptyJournal(), TimeProvider.System);
    }

    internal static SessionView View(CodingSession session) => new SessionController(session).View;

    private sealed class EmptyJournal : ICodingJournal
    {
        public string Coder => "anna";

        public JournalContents Load() => JournalContents.Empty;

        public void Set(UnitCoding coding, string unitHash)
        {
        }

        public void Clear(CodingKey key, string unitHash)
        {
        }

        public void Memo(CodingKey key, string memo, string unitHash)
        {
        }
    }
}
