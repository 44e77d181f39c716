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
        var lines = ScreenLayout.Lines(Screen(), 40);

        Assert.All(lines, l => Assert.True(l.Text.Length <= 40, $"{l.Text.Length} columns: '{l.Text}'"));
        // A wrapped choice continues at its own indent.
        var third = lines.ToList().FindIndex(l => l.Text.StartsWith("  [ ]  3  Strategic partner of", StringComparison.Ordinal));
        Assert.Equal("          Azerbaijan", lines[third + 1].Text);
    }

    [Fact]
    public void Lines_ScreenTallerThanTerminal_CutsTheDimmedContextAndKeepsProgressAndUnit()
    {
        var full = ScreenLayout.Lines(Screen(), 60);
        var unitLines = full.Count(l => l.Style == LineStyle.Text && l.Text.StartsWith('│'));

        var lines = ScreenLayout.Lines(Screen(), 60, full.Count - 10);

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
    public void Lines_ScreenFits_KeepsAllContext()
    {
        var full = ScreenLayout.Lines(Screen(), 60);

        Assert.Equal(full, ScreenLayout.Lines(Screen(), 60, full.Count));
    }

    private static SessionScreen Screen()
    {
        var book = CodebookLoader.Parse(File.ReadAllText(RepositoryRoot.Combine("codebooks", "russia-south-caucasus.yaml")), "codebook.yaml").Codebook!;
        var document = new SessionDocument("alpha", "Truce talks in Moscow", "T. Tester", "2020-10-20", "war");
        var text = string.Concat(Enumerable.Repeat(Sentence, 3));
        var unit = new SessionUnit("alpha.p002", 2, text, "hash", document, text, text);
        return new CodingSession(book.Dimensions, [unit], new EmptyJournal(), TimeProvider.System).Screen;
    }

    private sealed class EmptyJournal : ICodingJournal
    {
        public string Coder => "anna";

        public IReadOnlyDictionary<CodingKey, UnitCoding> Load() => new Dictionary<CodingKey, UnitCoding>();

        public void Set(UnitCoding coding, string unitHash)
        {
        }

        public void Clear(CodingKey key, string unitHash)
        {
        }
    }
}
