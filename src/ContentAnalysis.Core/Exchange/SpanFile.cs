using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Appends span codings to <c>data/spans/&lt;coder&gt;.csv</c> (header <c>document,start,end,dimension,category,memo</c>,
/// code-point offsets into the stored text, end exclusive). The shared reader and writer of span files belong to
/// the unitizing work (issue 9, <c>qcat agree --spans</c>); this is the import's writer of the same format.
/// </summary>
internal static class SpanFile
{
    /// <summary>The columns of a span file.</summary>
    public static readonly IReadOnlyList<string> Columns = ["document", "start", "end", "dimension", "category", "memo"];

    /// <summary>The span file of <paramref name="coder"/>.</summary>
    public static string PathOf(ProjectLayout layout, string coder) => Path.Combine(layout.DataDirectory, "spans", coder + ".csv");

    /// <summary>Appends <paramref name="rows"/> (header first when the file is new) and flushes.</summary>
    public static void Append(string path, IEnumerable<string[]> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var isNew = !File.Exists(path) || new FileInfo(path).Length == 0;
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        if (isNew)
        {
            stream.Write(CsvTable.FormatHeader(Columns));
        }

        foreach (var row in rows)
        {
            stream.Write(CsvTable.FormatRecord(row));
        }

        stream.Flush(flushToDisk: true);
    }
}
