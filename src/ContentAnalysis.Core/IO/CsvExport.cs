namespace ContentAnalysis.Core.IO;

/// <summary>Writes a simple table as CSV (UTF-8, LF line ends, quoting where needed) for commands that print CSV.</summary>
public static class CsvExport
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="output"/>.</summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<string[]> rows) => CsvTable.Write(output, header, rows);
}
