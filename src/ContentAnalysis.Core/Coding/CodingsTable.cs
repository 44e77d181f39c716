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
            bag.Error(CodingDiagnostics.BadImportFile, unknown.Count > 0 ? $"unknown column '{unknown[0]}'" : "a long table needs the columns unit, dimension and value", file, 1, 0, "columns: unit,dimension,value and optionally memo and coder (or use --format wide)");
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
                bag.Error(CodingDiagnostics.BadImportFile, $"empty value for unit '{key.Item1}' on dimension '{key.Item2}'", file, line, 0, "leave the row out if the unit is not coded, or write 'none'");
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
            bag.Error(CodingDiagnostics.BadImportFile, "a wide table starts with a 'unit' column followed by one column per dimension", file, 1, 0, "or use --format long");
            return cells;
        }

        var repeated = header.Skip(1).GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            bag.Error(CodingDiagnostics.BadImportFile, $"column '{repeated.Key}' appears twice", file, 1, 0, "one column per dimension; merge the two columns");
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
                bag.Error(CodingDiagnostics.BadImportFile, $"unit '{fields[0].Trim()}' has a second row (first at line {firstLine[fields[0].Trim()]})", file, line, 0, "a wide table has one row per unit; merge the rows or remove one");
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
            bag.Error(CodingDiagnostics.BadImportFile, "the file is empty", file, hint: "the first line must be a header");
        }

        return rows.Count > 0;
    }

    private static bool FieldCount(string[] fields, int expected, string file, int line, DiagnosticBag bag)
    {
        if (fields.Length == expected)
        {
            return true;
        }

        bag.Error(CodingDiagnostics.BadImportFile, $"{fields.Length} fields where the header has {expected}", file, line, 0, "quote cells that contain commas");
        return false;
    }

    private static List<string> Split(string cell) =>
        [.. cell.Split(CodingJournal.ValueSeparator).Select(v => v.Trim()).Where(v => v.Length > 0)];
}
