using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Output;

/// <summary>The layout for terminals too narrow for any table: one block of <c>name: value</c> lines per record.</summary>
internal static partial class TablePrinter
{
    // Below this many cells beside the names, values go on their own lines.
    private const int MinValueWidth = 16;

    /// <summary>A block of <c>name: value</c> lines that fits the width it is given; empty values are skipped.</summary>
    public static IRenderable Record(IReadOnlyList<(string Name, OutputCell Value)> fields) =>
        new RenderedBlock((_, width) => RecordLines(fields, width));

    private static IEnumerable<Segment> Vertical(OutputTable table, RenderOptions options, int width)
    {
        var items = new List<IRenderable?>();
        if (table.Title is not null)
        {
            items.Add(new Markup(table.Title));
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (items.Count > 0)
            {
                items.Add(null);
            }

            var row = table.Rows[r];
            items.Add(Record([.. table.Columns.Select((c, i) => (c.Header, row[i]))]));
        }

        if (table.Caption is not null)
        {
            items.Add(null);
            items.Add(new Markup(table.Caption));
        }

        // The blocks end with an empty line, so that what follows does not read as another field.
        items.Add(null);

        return RenderedBlock.Stack(options, width, items);
    }

    private static IEnumerable<Segment> RecordLines(IReadOnlyList<(string Name, OutputCell Value)> fields, int width)
    {
        var labelWidth = fields.Select(f => CellWidth.Of(f.Name)).DefaultIfEmpty(0).Max() + 2;
        foreach (var (name, value) in fields)
        {
            if (value.Text.Length == 0)
            {
                continue;
            }

            // Beside the name when every word fits there; else below it, indented, so that an id is not cut.
            var numeric = OutputColumn.IsNumeric(value.Text);
            var beside = width - labelWidth >= MinValueWidth
                && (numeric ? CellWidth.Of(value.Text) : CellWidth.WidestWord(value.Text)) <= width - labelWidth;
            var indent = beside ? labelWidth : 2;
            // A number is never cut: when it does not fit, it overflows rather than splits.
            var lines = numeric ? [value.Text] : WordWrap.Lines(value.Text, width - indent);
            if (!beside)
            {
                yield return new Segment(name + ":");
                yield return Segment.LineBreak;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                yield return new Segment(beside && i == 0 ? (name + ":").PadRight(labelWidth) : new string(' ', indent));
                yield return new Segment(lines[i], value.Style ?? Style.Plain);
                yield return Segment.LineBreak;
            }
        }
    }
}
