using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Coding;

/// <summary>Orders unit ids as the corpus does (document, then ordinal); unknown ids come last, by id.</summary>
internal static class UnitOrder
{
    /// <summary>Sorts <paramref name="unitIds"/> in corpus order.</summary>
    public static List<string> Sort(IEnumerable<string> unitIds, CorpusStore? corpus)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        if (corpus is not null)
        {
            for (var i = 0; i < corpus.Units.Count; i++)
            {
                position[corpus.Units[i].Id] = i;
            }
        }

        return [.. unitIds.Distinct(StringComparer.Ordinal)
            .OrderBy(u => position.TryGetValue(u, out var p) ? p : int.MaxValue)
            .ThenBy(u => u, StringComparer.Ordinal)];
    }
}
