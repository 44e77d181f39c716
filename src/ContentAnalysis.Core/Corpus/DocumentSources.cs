using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Where each document was imported from, <c>data/sources.csv</c> (<c>document,file</c>, the file relative to the
/// project folder): what <c>qcat corpus refresh</c> reads again. Kept apart from <c>documents.csv</c> so that table's
/// columns stay as they are.
/// </summary>
internal static class DocumentSources
{
    private static readonly IReadOnlyList<string> Columns = ["document", "file"];

    /// <summary>Path of <c>data/sources.csv</c>.</summary>
    public static string PathOf(ProjectLayout layout) => Path.Combine(layout.DataDirectory, "sources.csv");

    /// <summary>Document id → source file relative to the project folder; empty when nothing is recorded.</summary>
    public static Dictionary<string, string> Load(ProjectLayout layout)
    {
        var path = PathOf(layout);
        var rows = CsvTable.Read(path, Columns, layout.Relative(path), CorpusDiagnostics.BadTable);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fields, _) in rows)
        {
            sources[fields[0]] = fields[1];
        }

        return sources;
    }

    /// <summary>Records (or updates) the source files of imported documents; call under the project lock.</summary>
    public static void Record(ProjectLayout layout, IEnumerable<(string Document, string File)> imported)
    {
        var sources = Load(layout);
        foreach (var (document, file) in imported)
        {
            sources[document] = file;
        }

        Save(layout, sources);
    }

    /// <summary>Forgets a removed document's source; call under the project lock.</summary>
    public static void Forget(ProjectLayout layout, string document)
    {
        var sources = Load(layout);
        if (sources.Remove(document))
        {
            Save(layout, sources);
        }
    }

    private static void Save(ProjectLayout layout, Dictionary<string, string> sources)
    {
        using var buffer = new MemoryStream();
        CsvTable.Write(buffer, Columns, sources.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new[] { p.Key, p.Value }));
        AtomicFile.WriteIfChanged(PathOf(layout), [buffer.GetBuffer().AsMemory(0, (int)buffer.Length)]);
    }
}
