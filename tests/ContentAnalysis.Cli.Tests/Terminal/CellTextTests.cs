using ContentAnalysis.Cli.Terminal;

namespace ContentAnalysis.Cli.Tests.Terminal;

public sealed class CellTextTests
{
    // Widths as terminals draw them (Unicode East Asian Width W/F = 2 cells, Mn combining marks = 0,
    // a regional-indicator pair is one flag of 2 cells).
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("協議", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("🇦🇿", 2)]
    [InlineData("😀", 2)]
    [InlineData("Баку", 4)]
    [InlineData("باكو", 4)]
    public void Width_Text_CountsCells(string text, int cells)
    {
        Assert.Equal(cells, CellText.Width(text));
    }

    [Fact]
    public void Fit_FlagsIntoAnOddWidth_NeverSplitsAFlag()
    {
        // 3 cells hold one 2-cell flag, not a flag and a half (the old cut printed "🇦�").
        Assert.Equal(4, CellText.Fit("🇦🇿🇷🇺", 3));
        Assert.Equal(["🇦🇿", "🇷🇺"], CellText.Wrap("🇦🇿🇷🇺", 3));
    }

    [Fact]
    public void Wrap_CombiningMarks_StayWithTheirLetter()
    {
        Assert.Equal(["e\u0301e\u0301", "e\u0301"], CellText.Wrap("e\u0301e\u0301e\u0301", 2));
    }

    [Fact]
    public void Wrap_RightToLeftText_KeepsLogicalOrder()
    {
        // Shown in logical (memory) order; the terminal does any reordering (docs/coding-sessions.md).
        Assert.Equal(["باكو", "موسكو"], CellText.Wrap("باكو موسكو", 6));
    }
}
