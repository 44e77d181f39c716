using ContentAnalysis.Cli.Output;

namespace ContentAnalysis.Cli.Tests.Output;

public sealed class TableLayoutTests
{
    // A border like Spectre's rounded one: one bar per column edge and one space of padding each side.
    private static int Rounded(int columns) => (3 * columns) + 1;

    private static readonly OutputColumn[] Columns =
    [
        OutputColumn.Whole("dimension"), OutputColumn.Number("alpha"), OutputColumn.Text("note"), OutputColumn.Number("ac1", dropRank: 1) with { ShortHeader = "a" },
    ];

    private static readonly IReadOnlyList<string>[] Rows =
    [
        ["russia_role", "0.819", "mean of four binary alphas", "0.837"],
        ["relations_tone", "0.886", "", "0.794"],
    ];

    [Fact]
    public void Choose_Fits_NaturalWidthsAllColumns()
    {
        // 14 + 5 + 26 + 5 = 50 cells of text, 13 of border: 63.
        var layout = TableLayout.Choose(Columns, Rows, 63, Rounded);

        Assert.False(layout.Vertical);
        Assert.Equal([14, 5, 26, 5], layout.Widths);
        Assert.Equal(["dimension", "alpha", "note", "ac1"], layout.Headers);
        Assert.Empty(layout.LeftOut);
    }

    [Fact]
    public void Choose_OneCellTooNarrow_WrapsTheTextColumnOnly()
    {
        var layout = TableLayout.Choose(Columns, Rows, 62, Rounded);

        Assert.False(layout.Vertical);
        Assert.Equal([14, 5, 25, 5], layout.Widths);
        Assert.Empty(layout.LeftOut);
    }

    [Fact]
    public void Choose_TextAtItsNarrowest_ShortHeadingBeforeLeavingOut()
    {
        // Full headings: 14 + 5 + 8 (note's narrowest: "binary" 6, at least 8) + 5 + 13 = 45; short "a" saves nothing (values are 5 wide).
        // Without ac1 the note gets the room back: 44 - 10 - 14 - 5 = 15.
        Assert.Empty(TableLayout.Choose(Columns, Rows, 45, Rounded).LeftOut);

        var layout = TableLayout.Choose(Columns, Rows, 44, Rounded);

        Assert.Equal(["ac1"], layout.LeftOut);
        Assert.Equal([0, 1, 2], layout.Shown);
        Assert.Equal([14, 5, 15], layout.Widths);
    }

    [Fact]
    public void Choose_EvenWithoutOptionalColumns_TooWide_Vertical()
    {
        // Without ac1: 14 + 5 + 8 + 10 = 37 is the narrowest table.
        Assert.False(TableLayout.Choose(Columns, Rows, 37, Rounded).Vertical);

        var layout = TableLayout.Choose(Columns, Rows, 36, Rounded);

        Assert.True(layout.Vertical);
        Assert.Equal([0, 1, 2, 3], layout.Shown);
    }

    [Fact]
    public void Choose_ShortHeading_UsedOnlyWhenItMakesTheTableFit()
    {
        OutputColumn[] columns = [OutputColumn.Whole("dimension"), OutputColumn.Number("pairable units") with { ShortHeader = "n" }];
        IReadOnlyList<string>[] rows = [["russia_role", "36"]];

        Assert.Equal(["dimension", "pairable units"], TableLayout.Choose(columns, rows, 32, Rounded).Headers);
        Assert.Equal(["dimension", "n"], TableLayout.Choose(columns, rows, 31, Rounded).Headers);
    }

    [Fact]
    public void Choose_WideCharacters_MeasuredInTerminalCells()
    {
        // Each CJK character takes two cells: "分析結果" is 8 cells wide, not 4.
        OutputColumn[] columns = [OutputColumn.Whole("id"), OutputColumn.Whole("x")];
        IReadOnlyList<string>[] rows = [["分析結果", "1"]];

        var layout = TableLayout.Choose(columns, rows, 80, Rounded);

        Assert.Equal([8, 1], layout.Widths);
    }
}
