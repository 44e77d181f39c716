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
            for (var i = 0; i < corpus.UnitRows.Count; i++)
            {
                position[corpus.UnitRows.Id(i)] = i;
            }
        }

        return [.. unitIds.Distinct(StringComparer.Ordinal)
            .OrderBy(u => position.TryGetValue(u, out var p) ? p : int.MaxValue)
            .ThenBy(u => u, StringComparer.Ordinal)];
    }

    /// <summary>Sorts unit ordinals of <paramref name="keys"/> in corpus order (unknown ids last, by id).</summary>
    public static int[] Sort(CodingKeys keys, IEnumerable<int> units, CorpusStore? corpus)
    {
        var ordinals = units.ToArray();
        var position = new int[keys.UnitCount];
        Array.Fill(position, int.MaxValue);
        for (var i = 0; corpus is not null && i < corpus.UnitRows.Count; i++)
        {
            var unit = keys.FindUnit(corpus.UnitRows.Id(i));
            if (unit >= 0 && position[unit] == int.MaxValue)
            {
                position[unit] = i;
            }
        }

        Array.Sort(ordinals, (a, b) => position[a] != position[b] ? position[a].CompareTo(position[b]) : string.CompareOrdinal(keys.UnitId(a), keys.UnitId(b)));
        return ordinals;
    }
}
