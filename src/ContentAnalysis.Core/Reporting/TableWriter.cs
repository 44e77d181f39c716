using System.Globalization;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes any table (a header and rows of text cells) as Markdown or as JSON (an array of objects, one per row).</summary>
public static class TableWriter
{
    /// <summary>The columns whose whole-number cells are JSON numbers (counts and offsets); every other cell is a string.</summary>
    public static IReadOnlySet<string> NumberColumns { get; } = new HashSet<string>(["units", "start", "length"], StringComparer.Ordinal);

    /// <summary>A Markdown table, every line ending with a newline; <c>|</c> in a cell is escaped.</summary>
    public static string ToMarkdown(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new System.Text.StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
        text.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>A JSON array of one object per row, keyed by the header; cells of <see cref="NumberColumns"/> that are whole numbers are numbers.</summary>
    public static string ToJson(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        List<Dictionary<string, object>> objects = [.. rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => Cell(p.First, p.Second)))];
        return DataJsonWriter.Serialize(objects, DataJsonContext.Types.ListDictionaryStringObject);
    }

    private static object Cell(string column, string cell) =>
        NumberColumns.Contains(column) && int.TryParse(cell, CultureInfo.InvariantCulture, out var number) ? number : cell;
}
