using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Output;

/// <summary>The terminal table: laid out by <see cref="TableLayout"/>, drawn by Spectre.Console.</summary>
internal static partial class TablePrinter
{
    /// <summary>Writes the table so that it fits the console's width (see <see cref="TableLayout"/>).</summary>
    public static void Write(CliContext context, OutputTable table) => context.Console.Write(table);

    /// <summary>The table's segments for a width: a table that fits, or one block per record.</summary>
    internal static IEnumerable<Segment> Render(OutputTable table, RenderOptions options, int width)
    {
        var cells = table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)]).ToList();
        var layout = TableLayout.Choose(table.Columns, cells, width, n => Overhead(options, table.Border, n));
        if (layout.Vertical)
        {
            return Vertical(table, options, width);
        }

        // Spectre cuts a title word wider than the table to "…"; such a title goes above the table, wrapped to the terminal.
        var tableWidth = layout.Widths.Sum() + Overhead(options, table.Border, layout.Shown.Count);
        var above = table.Title is not null && CellWidth.WidestWord(Markup.Remove(table.Title)) > tableWidth ? new Markup(table.Title) : null;
        var below = table.Caption is not null && CellWidth.WidestWord(Markup.Remove(table.Caption)) > tableWidth ? new Markup(table.Caption) : null;
        var grid = new Table().Border(table.Border);
        if (table.Title is not null && above is null)
        {
            grid.Title(table.Title);
        }

        if (table.Caption is not null && below is null)
        {
            grid.Caption(table.Caption);
        }

        for (var k = 0; k < layout.Shown.Count; k++)
        {
            var column = table.Columns[layout.Shown[k]];
            var header = column.Wraps ? WordWrap.Wrap(layout.Headers[k], layout.Widths[k]) : layout.Headers[k];
            grid.AddColumn(new TableColumn(new Text(header)) { NoWrap = true, Alignment = column.RightAligned ? Justify.Right : Justify.Left });
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow(layout.Shown.Select((i, k) =>
            {
                var text = table.Columns[i].Wraps ? WordWrap.Wrap(row[i].Text, layout.Widths[k]) : row[i].Text;
                return (IRenderable)new Text(text, row[i].Style ?? Style.Plain);
            }));
        }

        return RenderedBlock.Stack(options, width, new IRenderable?[] { above, grid, below, LeftOutNote(table, layout, width) }.Where(r => r is not null));
    }

    private static Markup? LeftOutNote(OutputTable table, TableLayout layout, int width)
    {
        if (layout.LeftOut.Count == 0)
        {
            return null;
        }

        var how = table.OtherFormatHint is null ? "widen the terminal" : $"widen the terminal or {table.OtherFormatHint}";
        var note = string.Create(CultureInfo.InvariantCulture, $"columns left out at {width} columns: {string.Join(", ", layout.LeftOut)} — {how}");
        return new Markup($"[dim]{Markup.Escape(note)}[/]");
    }

    // The cells a border and the cell padding take for a number of columns, measured by drawing an empty table.
    private static int Overhead(RenderOptions options, TableBorder border, int columns)
    {
        var probe = new Table().Border(border);
        for (var i = 0; i < columns; i++)
        {
            probe.AddColumn(new TableColumn("x") { NoWrap = true });
        }

        var widest = Segment.SplitLines(((IRenderable)probe).Render(options, 10_000)).Max(l => l.CellCount());
        return widest - columns;
    }
}
