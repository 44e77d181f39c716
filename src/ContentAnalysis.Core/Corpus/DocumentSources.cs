using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Where each document was imported from and how, <c>data/sources.csv</c> (<c>document,file,options</c>: the file
/// relative to the project folder, the import options as <c>qcat corpus import</c> flags, e.g.
/// <c>--unit sentence --repair</c>): what <c>qcat corpus refresh</c> reads again, and how. Kept apart from
/// <c>documents.csv</c> so that table's columns stay as they are. A table written before the <c>options</c> column
/// existed (<c>document,file</c>) still loads; its documents have no recorded options.
/// </summary>
internal static class DocumentSources
{
    private static readonly IReadOnlyList<string> Columns = ["document", "file", "options"];
    private static readonly IReadOnlyList<string> OldColumns = ["document", "file"];

    /// <summary>Path of <c>data/sources.csv</c>.</summary>
    public static string PathOf(ProjectLayout layout) => Path.Combine(layout.DataDirectory, "sources.csv");

    /// <summary>Document id → source file relative to the project folder and its import options; empty when nothing is recorded.</summary>
    public static Dictionary<string, DocumentSource> Load(ProjectLayout layout)
    {
        var path = PathOf(layout);
        var display = layout.Relative(path);
        var sources = new Dictionary<string, DocumentSource>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return sources;
        }

        var header = CsvTable.ReadLoose(path, display, CorpusDiagnostics.BadTable).FirstOrDefault().Fields;
        var old = header is not null && header.SequenceEqual(OldColumns, StringComparer.Ordinal);
        foreach (var (fields, _) in CsvTable.Read(path, old ? OldColumns : Columns, display, CorpusDiagnostics.BadTable))
        {
            sources[fields[0]] = new DocumentSource(fields[1], old ? null : fields[2]);
        }

        return sources;
    }

    /// <summary>Records (or updates) the source files and options of imported documents; call under the project lock.</summary>
    public static void Record(ProjectLayout layout, IEnumerable<(string Document, string File)> imported, CorpusImportOptions options)
    {
        var sources = Load(layout);
        var flags = Flags(options);
        foreach (var (document, file) in imported)
        {
            sources[document] = new DocumentSource(file, flags);
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

    /// <summary>The options that change how a file is cut, as the flags of <c>qcat corpus import</c>.</summary>
    public static string Flags(CorpusImportOptions options) => string.Join(' ', new[]
    {
        "--unit " + CorpusImporter.UnitKindName(options.UnitKind),
        options.Repair ? "--repair" : null,
        options.StripBoilerplate ? "--strip-boilerplate" : null,
    }.OfType<string>());

    /// <summary>
    /// <paramref name="options"/> with the recorded <paramref name="flags"/> applied (<c>--repair</c>,
    /// <c>--strip-boilerplate</c>; the unit kind is taken from <c>documents.csv</c>).
    /// </summary>
    /// <exception cref="InputException">The flags hold something <c>qcat corpus import</c> does not write there.</exception>
    public static CorpusImportOptions Apply(CorpusImportOptions options, string flags, string display, string document)
    {
        var words = flags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            options = words[i] switch
            {
                "--repair" => options with { Repair = true },
                "--strip-boilerplate" => options with { StripBoilerplate = true },
                "--unit" when i + 1 < words.Length && words[++i] is "paragraph" or "sentence" => options,
                _ => throw new InputException(CorpusDiagnostics.UnknownImportOption(document, flags, display)),
            };
        }

        return options;
    }

    private static void Save(ProjectLayout layout, Dictionary<string, DocumentSource> sources)
    {
        using var buffer = new MemoryStream();
        CsvTable.Write(buffer, Columns, sources.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new[] { p.Key, p.Value.File, p.Value.Options ?? string.Empty }));
        AtomicFile.WriteIfChanged(PathOf(layout), [buffer.GetBuffer().AsMemory(0, (int)buffer.Length)]);
    }
}

/// <summary>A document's source file (relative to the project folder) and its import options as flags (null when not recorded).</summary>
internal sealed record DocumentSource(string File, string? Options);
