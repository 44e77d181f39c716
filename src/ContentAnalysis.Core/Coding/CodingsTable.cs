using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>Turns the rows of a long or wide coding table into unit × dimension cells.</summary>
internal static class CodingsTable
{
    /// <summary>One coded cell with the line it came from.</summary>
    internal sealed record Cell(string Unit, string Dimension, List<string> Values, string Memo, int Line)
    {
        /// <summary>The row's <c>coder</c> cell (long tables exported from several coders), or null without that column.</summary>
        public string? Coder { get; init; }
    }

    /// <summary>Long table: <c>unit,dimension,value[,memo]</c>, one cell per row (the importer merges rows for the same unit and dimension).</summary>
    public static List<Cell> LongCells(List<(string[] Fields, int Line)> rows, string file, DiagnosticBag bag)
    {
        var cells = new List<Cell>();
        if (!Header(rows, file, bag, out var header))
        {
            return cells;
        }

        int Column(string name) => Array.IndexOf(header, name);
        var (unit, dimension, value, memo, coder) = (Column("unit"), Column("dimension"), Column("value"), Column("memo"), Column("coder"));
        var unknown = header.Where(h => h is not ("unit" or "dimension" or "value" or "memo" or "coder")).ToList();
        if (unit < 0 || dimension < 0 || value < 0 || unknown.Count > 0)
        {
            bag.Add(CodingDiagnostics.BadLongHeader(unknown.Count > 0 ? unknown[0] : null, file));
            return cells;
        }

        foreach (var (fields, line) in rows.Skip(1))
        {
            if (!FieldCount(fields, header.Length, file, line, bag))
            {
                continue;
            }

            var key = (fields[unit].Trim(), fields[dimension].Trim());
            var values = Split(fields[value]);
            if (values.Count == 0)
            {
                bag.Add(CodingDiagnostics.EmptyValueCell(key.Item1, key.Item2, file, line));
                continue;
            }

            cells.Add(new Cell(key.Item1, key.Item2, values, memo >= 0 ? fields[memo] : string.Empty, line) { Coder = coder >= 0 ? fields[coder].Trim() : null });
        }

        return cells;
    }

    /// <summary>Wide table: <c>unit</c> then one column per dimension; an empty cell is not coded.</summary>
    public static List<Cell> WideCells(List<(string[] Fields, int Line)> rows, string file, DiagnosticBag bag)
    {
        var cells = new List<Cell>();
        if (!Header(rows, file, bag, out var header))
        {
            return cells;
        }

        if (header[0] != "unit" || header.Length < 2)
        {
            bag.Add(CodingDiagnostics.BadWideHeader(file));
            return cells;
        }

        var repeated = header.Skip(1).GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            bag.Add(CodingDiagnostics.RepeatedColumn(repeated.Key, file));
            return cells;
        }

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (fields, line) in rows.Skip(1))
        {
            if (!FieldCount(fields, header.Length, file, line, bag))
            {
                continue;
            }

            // A second row for a unit would silently replace the first (last write wins), so it is refused.
            if (!firstLine.TryAdd(fields[0].Trim(), line))
            {
                bag.Add(CodingDiagnostics.SecondRow(fields[0].Trim(), firstLine[fields[0].Trim()], file, line));
                continue;
            }

            for (var i = 1; i < header.Length; i++)
            {
                var values = Split(fields[i]);
                if (values.Count > 0)
                {
                    cells.Add(new Cell(fields[0].Trim(), header[i], values, string.Empty, line));
                }
            }
        }

        return cells;
    }

    private static bool Header(List<(string[] Fields, int Line)> rows, string file, DiagnosticBag bag, out string[] header)
    {
        header = rows.Count > 0 ? [.. rows[0].Fields.Select(h => h.Trim())] : [];
        if (rows.Count == 0)
        {
            bag.Add(CodingDiagnostics.ImportEmpty(file));
        }

        return rows.Count > 0;
    }

    private static bool FieldCount(string[] fields, int expected, string file, int line, DiagnosticBag bag)
    {
        if (fields.Length == expected)
        {
            return true;
        }

        bag.Add(CodingDiagnostics.FieldCount(fields.Length, expected, file, line));
        return false;
    }

    private static List<string> Split(string cell) =>
        cell.Length > 0 && !cell.Contains(CodingJournal.ValueSeparator, StringComparison.Ordinal) && !char.IsWhiteSpace(cell[0]) && !char.IsWhiteSpace(cell[^1])
            ? [cell]
            : [.. cell.Split(CodingJournal.ValueSeparator).Select(v => v.Trim()).Where(v => v.Length > 0)];
}
