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

    /// <summary>
    /// Long table: <c>unit,dimension,value[,memo]</c>, one cell per row (the importer merges rows for the same unit and
    /// dimension). Cells are made as the rows are read, so a table of 600,000 rows is never held whole.
    /// </summary>
    public static IEnumerable<Cell> LongCells(IEnumerable<(string[] Fields, int Line)> table, string file, DiagnosticBag bag)
    {
        using var rows = table.GetEnumerator();
        if (!Header(rows, file, bag, out var header))
        {
            yield break;
        }

        int Column(string name) => Array.IndexOf(header, name);
        var (unit, dimension, value, memo, coder) = (Column("unit"), Column("dimension"), Column("value"), Column("memo"), Column("coder"));
        var unknown = header.Where(h => h is not ("unit" or "dimension" or "value" or "memo" or "coder")).ToList();
        if (unit < 0 || dimension < 0 || value < 0 || unknown.Count > 0)
        {
            bag.Add(CodingDiagnostics.BadLongHeader(unknown.Count > 0 ? unknown[0] : null, file));
            yield break;
        }

        while (rows.MoveNext())
        {
            var (fields, line) = rows.Current;
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

            yield return new Cell(key.Item1, key.Item2, values, memo >= 0 ? fields[memo] : string.Empty, line) { Coder = coder >= 0 ? fields[coder].Trim() : null };
        }
    }

    /// <summary>Wide table: <c>unit</c> then one column per dimension; an empty cell is not coded. Cells are made as the rows are read.</summary>
    public static IEnumerable<Cell> WideCells(IEnumerable<(string[] Fields, int Line)> table, string file, DiagnosticBag bag)
    {
        using var rows = table.GetEnumerator();
        if (!Header(rows, file, bag, out var header))
        {
            yield break;
        }

        if (header[0] != "unit" || header.Length < 2)
        {
            bag.Add(CodingDiagnostics.BadWideHeader(file));
            yield break;
        }

        var repeated = header.Skip(1).GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            bag.Add(CodingDiagnostics.RepeatedColumn(repeated.Key, file));
            yield break;
        }

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        while (rows.MoveNext())
        {
            var (fields, line) = rows.Current;
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
                    yield return new Cell(fields[0].Trim(), header[i], values, string.Empty, line);
                }
            }
        }
    }

    private static bool Header(IEnumerator<(string[] Fields, int Line)> rows, string file, DiagnosticBag bag, out string[] header)
    {
        var any = rows.MoveNext();
        header = any ? [.. rows.Current.Fields.Select(h => h.Trim())] : [];
        if (!any)
        {
            bag.Add(CodingDiagnostics.ImportEmpty(file));
        }

        return any;
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
