using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContentAnalysis.Cli.Output;

/// <summary>
/// A table for the terminal: columns with their fitting hints, rows, an optional title and caption.
/// Written to a console it fits the width it is given (see <see cref="TableLayout"/>).
/// </summary>
internal sealed class OutputTable : IRenderable
{
    private readonly List<OutputCell[]> _rows = [];

    /// <summary>Creates a table with the given columns.</summary>
    public OutputTable(IReadOnlyList<OutputColumn> columns) => Columns = columns;

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<OutputColumn> Columns { get; }

    /// <summary>The rows; each has one cell per column.</summary>
    public IReadOnlyList<OutputCell[]> Rows => _rows;

    /// <summary>Spectre markup shown above the table, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Spectre markup shown below the table, or null.</summary>
    public string? Caption { get; init; }

    /// <summary>The border drawn around and between the cells.</summary>
    public TableBorder Border { get; init; } = TableBorder.Rounded;

    /// <summary>How else to see the columns left out, e.g. <c>use --format md</c>; null when the command has no other format.</summary>
    public string? OtherFormatHint { get; init; }

    /// <summary>Adds a row; missing cells are empty.</summary>
    public OutputTable AddRow(params OutputCell[] cells)
    {
        var row = new OutputCell[Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = i < cells.Length ? cells[i] : new OutputCell(string.Empty);
        }

        _rows.Add(row);
        return this;
    }

    /// <inheritdoc/>
    public Measurement Measure(RenderOptions options, int maxWidth) => new(maxWidth, maxWidth);

    /// <inheritdoc/>
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => TablePrinter.Render(this, options, maxWidth);
}
