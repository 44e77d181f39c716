using System.Globalization;
using System.Security.Cryptography;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Imports <c>.txt</c>, <c>.md</c> and <c>.docx</c> files into a project's corpus: decodes strictly, normalises, cuts
/// into units and writes the corpus tables. All or nothing: when any file fails, nothing is written.
/// </summary>
public static partial class CorpusImporter
{
    /// <summary>Imports <paramref name="files"/> into the corpus of <paramref name="layout"/>.</summary>
    /// <param name="layout">The project.</param>
    /// <param name="files">Full paths of the files.</param>
    /// <param name="options">Unit kind, manifest, id, force.</param>
    /// <param name="progress">Receives progress after each file.</param>
    /// <param name="cancellationToken">
    /// Cancels the import before anything is written; once writing has begun the import completes (the caller can
    /// tell from <see cref="CancellationToken.IsCancellationRequested"/> that a cancel came too late).
    /// </param>
    /// <returns>One outcome per file.</returns>
    /// <exception cref="InputException">
    /// A file is unreadable or invalid, a changed document's coded units changed without
    /// <see cref="CorpusImportOptions.Force"/>, or another writer held the project lock (<see cref="ProjectLock"/>) too long.
    /// </exception>
    public static IReadOnlyList<DocumentImportOutcome> Import(
        ProjectLayout layout,
        IReadOnlyList<string> files,
        CorpusImportOptions options,
        IProgress<CorpusImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Id is not null && files.Count != 1)
        {
            throw new InputException(CorpusDiagnostics.IdForSeveralFiles());
        }

        var manifest = options.ManifestPath is null ? [] : ManifestReader.Read(options.ManifestPath, layout.Relative(options.ManifestPath));
        var diagnostics = new DiagnosticBag();
        var imported = new List<(ImportedDocument Document, string File)>();
        var totalBytes = files.Sum(f => File.Exists(f) ? new FileInfo(f).Length : 0);
        long doneBytes = 0;
        var done = 0;

        // Files are independent, so they are read and cut into units in parallel; results keep file order.
        var results = new (ImportedDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)[files.Count];
        try
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, files.Count, parallel, i =>
            {
                var display = layout.Relative(files[i]);
                try
                {
                    results[i] = (ReadDocument(files[i], display, manifest, options), []);
                }
                catch (InputException e)
                {
                    results[i] = (null, e.Diagnostics);
                }

                var bytes = Interlocked.Add(ref doneBytes, File.Exists(files[i]) ? new FileInfo(files[i]).Length : 0);
                progress?.Report(new CorpusImportProgress(Interlocked.Increment(ref done), files.Count, bytes, totalBytes, display));
            });

            for (var i = 0; i < files.Count; i++)
            {
                var (document, problems) = results[i];
                diagnostics.AddRange(problems);
                if (document is null)
                {
                    continue;
                }

                var display = layout.Relative(files[i]);
                var earlier = imported.FirstOrDefault(d => d.Document.Metadata.Id == document.Metadata.Id);
                if (earlier.Document is not null)
                {
                    diagnostics.Add(CorpusDiagnostics.IdTaken(document.Metadata.Id, earlier.File, display));
                    continue;
                }

                imported.Add((document, display));
            }

            if (diagnostics.HasErrors)
            {
                throw new InputException(diagnostics.Sorted());
            }

            // Read, merge and write under the project lock: a second import reading the tables before this one writes
            // them would write them back without this one's documents.
            using var projectLock = ProjectLock.Acquire(layout, "corpus import", options.LockTimeout, cancellationToken);
            var store = CorpusStore.Open(layout);
            var outcomes = Merge(layout, store, imported, options, diagnostics);
            if (diagnostics.HasErrors)
            {
                throw new InputException(diagnostics.Sorted());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var documents = store.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
            var units = store.Units.GroupBy(u => u.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var streamed = new Dictionary<string, StreamedText>(StringComparer.Ordinal);
            foreach (var ((document, _), outcome) in imported.Zip(outcomes))
            {
                if (outcome.Status == "unchanged")
                {
                    continue;
                }

                var stamp = options.Clock().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                documents[document.Metadata.Id] = new CorpusDocument(document.Metadata, UnitKindName(options.UnitKind), document.FileHash, stamp);
                if (document.Streamed is { } read)
                {
                    streamed[document.Metadata.Id] = read;
                    units.Remove(document.Metadata.Id);
                }
                else
                {
                    units[document.Metadata.Id] = [.. document.Parsed!.Units];
                    texts[document.Metadata.Id] = document.Parsed.Text;
                }
            }

            CorpusStore.Save(layout, documents.Values, units, texts, streamed);
            DocumentSources.Record(layout, imported.Select(d => (d.Document.Metadata.Id, d.File)), options);
            return SaveRepairs(layout, imported.Select(d => d.Document).ToList(), outcomes);
        }
        finally
        {
            // A streamed document's temporary files go whether the import succeeded or not.
            foreach (var (document, _) in results)
            {
                document?.Dispose();
            }
        }
    }

    /// <summary>The name of a unit kind in <c>documents.csv</c>.</summary>
    public static string UnitKindName(UnitKind kind) => kind.ToString().ToLowerInvariant();

    private static ImportedDocument ReadDocument(string file, string display, Dictionary<string, Dictionary<string, string>> manifest, CorpusImportOptions options)
    {
        var document = ReadSource(file, display, manifest, options);
        return Path.GetExtension(file).Equals(".txt", StringComparison.OrdinalIgnoreCase) && options.UnitKind == UnitKind.Paragraph
            && LineParagraphs.Check(file, display) is [_, ..] warnings
            ? document with { Warnings = [.. document.Warnings, .. warnings] }
            : document;
    }

    private static ImportedDocument ReadSource(string file, string display, Dictionary<string, Dictionary<string, string>> manifest, CorpusImportOptions options)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (Directory.Exists(file))
        {
            throw new InputException(CorpusDiagnostics.SourceIsFolder(display));
        }

        if (!File.Exists(file))
        {
            throw new InputException(CorpusDiagnostics.SourceNotFound(display));
        }

        if (extension is not (".txt" or ".md" or ".docx" or ".pdf") && !IsWebPage(extension))
        {
            throw new InputException(CorpusDiagnostics.UnsupportedType(display));
        }

        if (extension == ".txt" && !options.Repair && !options.StripBoilerplate)
        {
            return ReadPlainText(file, display, manifest, options);
        }

        if (extension == ".md" && MarkdownReader.CanStream(file))
        {
            return ReadMarkdown(file, display, manifest, options);
        }

        var bytes = File.ReadAllBytes(file);
        if (extension is ".pdf" or ".docx" || (options.Repair && extension == ".txt"))
        {
            return ReadStructured(file, display, extension, bytes, manifest, options);
        }

        if (IsWebPage(extension))
        {
            return ReadWebPage(file, display, bytes, manifest, options);
        }

        IReadOnlyDictionary<string, string> fields;
        string body;
        IReadOnlyList<Diagnostic> warnings = [];
        var text = TextNormalizer.NormalizeLines(StrictUtf8.Decode(bytes, display));
        (fields, body, warnings) = FrontMatter.Split(text, display);
        body = options.StripBoilerplate && extension == ".txt" ? StripBoilerplate(body) : body;

        var metadata = BuildMetadata(file, display, fields, manifest.GetValueOrDefault(Path.GetFileName(file)), options);
        var cleaned = TextNormalizer.Clean(body, out var buffer);
        ParsedDocument parsed;
        using (buffer)
        {
            parsed = DocumentParser.Parse(cleaned, extension is ".md", options.UnitKind, metadata.Id, metadata.Period);
        }

        return new ImportedDocument(metadata, Convert.ToHexStringLower(SHA256.HashData(bytes)), parsed, warnings);
    }

    // A plain text is read line by line and its text and unit rows written as they are cut; a large one to temporary files.
    private static ImportedDocument ReadPlainText(string file, string display, Dictionary<string, Dictionary<string, string>> manifest, CorpusImportOptions options)
    {
        var onDisk = new FileInfo(file).Length > options.SpoolAbove;
        var reader = PlainTextReader.Read(file, display, fields => BuildMetadata(file, display, fields, manifest.GetValueOrDefault(Path.GetFileName(file)), options), options.UnitKind, onDisk);
        return new ImportedDocument(reader.Metadata, reader.FileHash, null, reader.Warnings) { Streamed = reader.Output };
    }

    // Markdown likewise, parsed chunk by chunk; a file with link reference definitions is read whole (above).
    private static ImportedDocument ReadMarkdown(string file, string display, Dictionary<string, Dictionary<string, string>> manifest, CorpusImportOptions options)
    {
        var onDisk = new FileInfo(file).Length > options.SpoolAbove;
        var reader = MarkdownReader.Read(file, display, fields => BuildMetadata(file, display, fields, manifest.GetValueOrDefault(Path.GetFileName(file)), options), options.UnitKind, onDisk);
        return new ImportedDocument(reader.Metadata, reader.FileHash, null, reader.Warnings) { Streamed = reader.Output };
    }

    private sealed record ImportedDocument(DocumentMetadata Metadata, string FileHash, ParsedDocument? Parsed, IReadOnlyList<Diagnostic> Warnings) : IDisposable
    {
        /// <summary>What <c>--repair</c> changed (null when it did not run).</summary>
        public RepairLog? Repairs { get; init; }

        /// <summary>A plain text or Markdown read line by line: its text and units were written as they were cut (<see cref="Parsed"/> is null).</summary>
        public StreamedText? Streamed { get; init; }

        /// <summary>The number of units.</summary>
        public int UnitCount => Parsed?.Units.Count ?? Streamed!.UnitCount;

        /// <summary>Deletes a streamed document's temporary files.</summary>
        public void Dispose() => Streamed?.Dispose();
    }
}
