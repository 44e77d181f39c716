using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Exchange;

/// <summary>Import of a <c>.qdpx</c>.</summary>
public static partial class ProjectExchange
{
    /// <summary>
    /// Imports a <c>.qdpx</c> into the project: text sources become documents, users coders, selections span codings
    /// (<c>data/spans/</c>) and, by the unit rule, unit codings in the coders' journals. A project without a codebook
    /// gets the archive's (<c>codebooks/&lt;id&gt;.yaml</c>). The archive is checked and staged in full before anything
    /// is written.
    /// </summary>
    /// <param name="layout">The project.</param>
    /// <param name="path">The archive.</param>
    /// <param name="display">The archive as messages name it.</param>
    /// <param name="coders">Only these coders (after mapping users to coder names); empty: all.</param>
    /// <param name="clock">The time of codings whose file gives none.</param>
    /// <exception cref="InputException">The archive is missing, unsafe or not a REFI-QDA project, or the corpus import refused a document.</exception>
    public static QdpxImport Import(ProjectLayout layout, string path, string display, IReadOnlyList<string> coders, Func<DateTimeOffset> clock) =>
        Import(layout, path, display, coders, clock, ArchiveLimits.Default);

    /// <summary><see cref="Import(ProjectLayout, string, string, IReadOnlyList{string}, Func{DateTimeOffset})"/> with other archive limits (tests).</summary>
    internal static QdpxImport Import(ProjectLayout layout, string path, string display, IReadOnlyList<string> coders, Func<DateTimeOffset> clock, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(coders);
        ArgumentNullException.ThrowIfNull(clock);
        if (!File.Exists(path))
        {
            throw new InputException(ExchangeDiagnostics.Missing(display));
        }

        using var archive = SafeArchive.Extract(path, display, limits);
        var read = QdpxReader.Read(archive, display);
        var project = Project.Open(layout);
        var notMapped = new List<string>(read.NotMapped);
        var (codebook, codebookFile) = ChooseCodebook(project, read, notMapped);
        var wanted = coders.Count == 0 ? null : new HashSet<string>(coders, StringComparer.Ordinal);

        // Documents first: the corpus import is all or nothing, and everything after it only appends.
        var documents = ImportDocuments(layout, project, read, codebook, archive.Folder, clock);
        if (codebookFile is not null)
        {
            CodebookExchange.Save(read.Codebook!, codebookFile, layout.Relative(codebookFile));
        }

        var corpus = CorpusStore.Open(layout);
        var mapper = new CodingMapper(codebook, read.Targets, wanted, clock);
        foreach (var source in read.Sources)
        {
            mapper.Map(source, corpus.ReadText(source.Document), corpus.UnitsOf(source.Document));
        }

        notMapped.AddRange(mapper.NotMapped);
        var spans = SpanStore.Open(layout);
        foreach (var (coder, list) in mapper.Spans)
        {
            spans.Append(coder, list);
        }

        var store = CodingStore.Open(layout);
        foreach (var (coder, records) in mapper.Records)
        {
            store.Append(coder, records);
        }

        return new QdpxImport
        {
            Documents = documents,
            Coders = [.. mapper.Spans.Keys.Union(mapper.Records.Keys).Order(StringComparer.Ordinal)],
            CodebookWritten = codebookFile is null ? null : layout.Relative(codebookFile),
            Spans = mapper.Spans.Values.Sum(r => r.Count),
            UnitCodings = mapper.Records.Values.Sum(r => r.Count),
            NotMapped = notMapped,
            Repaired = read.Repaired,
            Skipped = read.Skipped,
        };
    }

    private static (Codebook Codebook, string? File) ChooseCodebook(Project project, QdpxReader read, List<string> notMapped)
    {
        if (project.HasNoCodebook)
        {
            if (read.Codebook is null)
            {
                throw new InputException(ExchangeDiagnostics.NoCodes(project.Relative(project.Layout.CodebooksDirectory)));
            }

            return (read.Codebook.Codebook, Path.Combine(project.Layout.CodebooksDirectory, read.Codebook.Codebook.Id + ".yaml"));
        }

        // The project's own codebook: a code maps when its dimension and category (or level) exist there.
        var codebook = project.Codebook;
        foreach (var (key, target) in read.Targets.ToList())
        {
            var dimension = codebook.FindDimension(target.Dimension);
            var known = target.Value.Length == 0 ? dimension is not null
                : dimension is { IsCategorical: true } ? dimension.FindCategory(target.Value) is not null
                : dimension is not null && double.TryParse(target.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && dimension.FindLevel(value) is not null;
            if (!known)
            {
                read.Targets.Remove(key);
                notMapped.Add($"code '{target.Dimension}/{target.Value}' is not in the project's codebook");
            }
        }

        return (codebook, null);
    }

    private static IReadOnlyList<string> ImportDocuments(ProjectLayout layout, Project project, QdpxReader read, Codebook codebook, string staging, Func<DateTimeOffset> clock)
    {
        if (read.Sources.Count == 0)
        {
            return [];
        }

        // Texts qcat exported and nobody changed keep their units as they were cut (a new document, or the same text).
        var declared = project.Periods.Ids.ToHashSet(StringComparer.Ordinal);
        var existing = project.Corpus;
        var intact = new List<(QdpxSource Source, List<TextUnit> Units, string Period)>();
        var others = new List<(QdpxSource Source, string Period)>();
        foreach (var source in read.Sources)
        {
            var period = source.Metadata.GetValueOrDefault("period") is { } p && declared.Contains(p) ? p : string.Empty;
            var units = QdpxUnits.Read(source.Fields, source.Document, source.Text, period);
            if (units is not null && (existing.FindDocument(source.Document) is null || existing.ReadText(source.Document) == source.Text))
            {
                intact.Add((source, units, period));
            }
            else
            {
                others.Add((source, period));
            }
        }

        if (others.Count > 0)
        {
            ImportTexts(layout, project, others, codebook, staging);
        }

        if (intact.Count > 0)
        {
            SaveIntact(layout, intact, codebook, clock);
        }

        return [.. read.Sources.Select(s => s.Document)];
    }

    private static void ImportTexts(ProjectLayout layout, Project project, List<(QdpxSource Source, string Period)> sources, Codebook codebook, string staging)
    {
        var folder = Path.Combine(staging, ".qcat-documents");
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var manifest = new List<string[]>();
        foreach (var (source, period) in sources)
        {
            var file = Path.Combine(folder, source.Document + ".txt");
            File.WriteAllText(file, source.Text, SafeXml.Utf8);
            files.Add(file);
            manifest.Add([source.Document + ".txt", source.Document, Field(source, "title"), Field(source, "author"), Field(source, "source"), Date(source), period]);
        }

        var manifestPath = Path.Combine(folder, "manifest.csv");
        using (var stream = File.Create(manifestPath))
        {
            CsvTable.Write(stream, ["file", "id", "title", "author", "source", "date", "period"], manifest);
        }

        var options = new CorpusImportOptions
        {
            UnitKind = codebook.Unit,
            ManifestPath = manifestPath,
            Periods = project.Periods,
            CodingCounts = project.CodingCountsByUnit,
        };
        CorpusImporter.Import(layout, files, options);
    }

    private static void SaveIntact(ProjectLayout layout, List<(QdpxSource Source, List<TextUnit> Units, string Period)> sources, Codebook codebook, Func<DateTimeOffset> clock)
    {
        using var projectLock = ProjectLock.Acquire(layout, "import qdpx");
        var store = CorpusStore.Open(layout);
        var documents = store.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var units = store.Units.GroupBy(u => u.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var stamp = clock().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var (source, list, period) in sources)
        {
            var metadata = new DocumentMetadata(source.Document, Field(source, "title"), Field(source, "author"), Field(source, "source"), Date(source), period);
            var kind = CodeDescription.First(source.Fields, "unit_kind") ?? CorpusImporter.UnitKindName(codebook.Unit);
            var fileHash = CodeDescription.First(source.Fields, "file_hash") ?? QdpxUnits.TextHash(source.Text);
            documents[source.Document] = new CorpusDocument(metadata, kind, fileHash, stamp);
            units[source.Document] = list;
            texts[source.Document] = source.Text;
        }

        CorpusStore.Save(layout, documents.Values, units, texts);
    }

    private static string Field(QdpxSource source, string key) => source.Metadata.GetValueOrDefault(key) ?? string.Empty;

    private static string Date(QdpxSource source) =>
        DateOnly.TryParseExact(Field(source, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? Field(source, "date") : string.Empty;
}
