namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// A two-way table of counts with row and column labels. Rows and columns whose total is zero are
/// dropped when the table is made (no test is defined over them) and named in <see cref="DroppedRows"/>
/// and <see cref="DroppedColumns"/>.
/// </summary>
internal sealed class ContingencyTable
{
    private readonly int[,] _counts;

    private ContingencyTable(IReadOnlyList<string> rows, IReadOnlyList<string> columns, int[,] counts, IReadOnlyList<string> droppedRows, IReadOnlyList<string> droppedColumns)
    {
        Rows = rows;
        Columns = columns;
        _counts = counts;
        DroppedRows = droppedRows;
        DroppedColumns = droppedColumns;
        RowTotals = [.. Enumerable.Range(0, rows.Count).Select(r => Enumerable.Range(0, columns.Count).Sum(c => counts[r, c]))];
        ColumnTotals = [.. Enumerable.Range(0, columns.Count).Select(c => Enumerable.Range(0, rows.Count).Sum(r => counts[r, c]))];
        Total = RowTotals.Sum();
    }

    /// <summary>Row labels, without the dropped ones.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Column labels, without the dropped ones.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows left out because their total was zero.</summary>
    public IReadOnlyList<string> DroppedRows { get; }

    /// <summary>Columns left out because their total was zero.</summary>
    public IReadOnlyList<string> DroppedColumns { get; }

    /// <summary>Row sums.</summary>
    public IReadOnlyList<int> RowTotals { get; }

    /// <summary>Column sums.</summary>
    public IReadOnlyList<int> ColumnTotals { get; }

    /// <summary>The grand total.</summary>
    public int Total { get; }

    /// <summary>The count in row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public int this[int row, int column] => _counts[row, column];

    /// <summary>Makes a table from counts, dropping rows and columns whose total is zero.</summary>
    /// <exception cref="ArgumentException">The labels do not match the shape of <paramref name="counts"/>, or a count is negative.</exception>
    public static ContingencyTable Create(IReadOnlyList<string> rows, IReadOnlyList<string> columns, int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.GetLength(0) != rows.Count || counts.GetLength(1) != columns.Count)
        {
            throw new ArgumentException($"Counts are {counts.GetLength(0)}×{counts.GetLength(1)} but there are {rows.Count} row and {columns.Count} column labels.", nameof(counts));
        }

        if (counts.Cast<int>().Any(c => c < 0))
        {
            throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        }

        var keptRows = Enumerable.Range(0, rows.Count).Where(r => Enumerable.Range(0, columns.Count).Any(c => counts[r, c] > 0)).ToList();
        var keptColumns = Enumerable.Range(0, columns.Count).Where(c => Enumerable.Range(0, rows.Count).Any(r => counts[r, c] > 0)).ToList();
        var kept = new int[keptRows.Count, keptColumns.Count];
        for (var r = 0; r < keptRows.Count; r++)
        {
            for (var c = 0; c < keptColumns.Count; c++)
            {
                kept[r, c] = counts[keptRows[r], keptColumns[c]];
            }
        }

        return new ContingencyTable(
            [.. keptRows.Select(r => rows[r])],
            [.. keptColumns.Select(c => columns[c])],
            kept,
            [.. Enumerable.Range(0, rows.Count).Except(keptRows).Select(r => rows[r])],
            [.. Enumerable.Range(0, columns.Count).Except(keptColumns).Select(c => columns[c])]);
    }

    /// <summary>The counts as rows of cells (for JSON and printing).</summary>
    public int[][] ToRows() =>
        [.. Enumerable.Range(0, Rows.Count).Select(r => Enumerable.Range(0, Columns.Count).Select(c => _counts[r, c]).ToArray())];
}
