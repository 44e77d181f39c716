using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Removes a document from the corpus: its rows, its units, its stored text, its exclusions and its source record.</summary>
public static class CorpusRemover
{
    /// <summary>
    /// Removes <paramref name="documentId"/>; refused while codings point at its units, unless <paramref name="force"/>
    /// (the codings then point at units that no longer exist, which <c>qcat check</c> reports).
    /// </summary>
    /// <param name="layout">The project.</param>
    /// <param name="documentId">The document.</param>
    /// <param name="force">Remove even when its units are coded.</param>
    /// <param name="codingCounts">The number of current codings of every coded unit.</param>
    /// <returns>The number of units removed and of codings left without their unit.</returns>
    /// <exception cref="InputException">The document is unknown, its units are coded and <paramref name="force"/> is false, or the lock is held too long.</exception>
    public static (int Units, int OrphanedCodings) Remove(ProjectLayout layout, string documentId, bool force, Func<IReadOnlyDictionary<string, int>> codingCounts)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(codingCounts);
        using var projectLock = ProjectLock.Acquire(layout, "corpus remove");
        var store = CorpusStore.Open(layout);
        var display = layout.Relative(CorpusStore.DocumentsTablePath(layout));
        if (store.FindDocument(documentId) is null)
        {
            throw new InputException(CorpusDiagnostics.DocumentToRemoveUnknown(documentId, display));
        }

        var units = store.UnitsOf(documentId);
        var counts = codingCounts();
        var coded = new SortedSet<string>(units.Where(u => counts.GetValueOrDefault(u.Id) > 0).Select(u => u.Id), StringComparer.Ordinal);
        var codings = coded.Sum(u => counts[u]);
        if (codings > 0 && !force)
        {
            throw new InputException(CorpusDiagnostics.CodedUnitsWouldChange("remove", documentId, coded, codings, display));
        }

        var documents = store.Documents.Where(d => d.Id != documentId);
        var byDocument = store.Units.Where(u => u.DocumentId != documentId)
            .GroupBy(u => u.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        CorpusStore.Save(layout, documents, byDocument, new Dictionary<string, string>());
        File.Delete(CorpusStore.TextPath(layout, documentId));
        var gone = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        UnitExclusions.Forget(layout, gone.Contains);
        DocumentSources.Forget(layout, documentId);
        return (units.Count, codings);
    }
}
