using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Comparing imported documents with the stored corpus.</summary>
public static partial class CorpusImporter
{
    private static List<DocumentImportOutcome> Merge(ProjectLayout layout, CorpusStore store, List<(ImportedDocument Document, string File)> imported, CorpusImportOptions options, DiagnosticBag diagnostics)
    {
        IReadOnlyDictionary<string, int>? codings = null;
        var outcomes = new List<DocumentImportOutcome>();
        var kind = UnitKindName(options.UnitKind);
        foreach (var (document, file) in imported)
        {
            var id = document.Metadata.Id;
            var existing = store.FindDocument(id);
            var unitCount = document.UnitCount;
            if (existing is null)
            {
                outcomes.Add(new DocumentImportOutcome(id, file, "added", unitCount, 0) { Warnings = document.Warnings });
                continue;
            }

            if (existing.FileHash == document.FileHash && existing.UnitKind == kind && existing.Metadata == document.Metadata && StoredTextIntact(layout, id, document))
            {
                outcomes.Add(new DocumentImportOutcome(id, file, "unchanged", unitCount, 0) { Warnings = document.Warnings });
                continue;
            }

            codings ??= options.CodingCounts?.Invoke() ?? new Dictionary<string, int>();
            var newHashes = document.Parsed?.Units.ToDictionary(u => u.Id, u => u.Hash, StringComparer.Ordinal);
            var affectedUnits = new SortedSet<string>(StringComparer.Ordinal);
            var affectedCodings = 0;
            foreach (var unit in store.UnitsOf(id))
            {
                if (newHashes is null ? document.Streamed!.Contains(unit, id, options.UnitKind) : newHashes.TryGetValue(unit.Id, out var hash) && hash == unit.Hash)
                {
                    continue;
                }

                var count = codings.GetValueOrDefault(unit.Id);
                if (count > 0)
                {
                    affectedUnits.Add(unit.Id);
                    affectedCodings += count;
                }
            }

            if (affectedCodings > 0 && !options.Force)
            {
                diagnostics.Add(CorpusDiagnostics.CodedUnitsDiffer(id, affectedUnits, affectedCodings, file));
                continue;
            }

            outcomes.Add(new DocumentImportOutcome(id, file, "updated", unitCount, affectedCodings) { Warnings = document.Warnings });
        }

        return outcomes;
    }

    // A deleted or damaged data/documents/{id}.txt is written again by re-importing its unchanged source.
    private static bool StoredTextIntact(ProjectLayout layout, string id, ImportedDocument document)
    {
        var path = CorpusStore.TextPath(layout, id);
        if (document.Streamed is { } streamed)
        {
            return streamed.SameTextAs(path);
        }

        var text = document.Parsed!.Text;
        return File.Exists(path) && new FileInfo(path).Length == System.Text.Encoding.UTF8.GetByteCount(text) && File.ReadAllText(path) == text;
    }
}
