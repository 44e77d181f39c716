using System.Text;

namespace ContentAnalysis.Core.IO;

/// <summary>
/// Writes CSV a user may open in a spreadsheet (command output, exports): UTF-8, LF line ends, quoting where needed,
/// and every cell neutralised against formula injection by <see cref="SpreadsheetSafe.Cell"/>. The project's own
/// tables and journals are written by <c>CsvTable</c> as they are.
/// </summary>
public static class CsvExport
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        CsvTable.Write(output, [.. header.Select(SpreadsheetSafe.Cell)], rows.Select(row => Array.ConvertAll(row, SpreadsheetSafe.Cell)));
    }

    /// <summary>The CSV text of <paramref name="header"/> and <paramref name="rows"/>.</summary>
    public static string Format(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        Write(buffer, header, rows);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
