using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Analysis;

/// <summary>Counts and shares of units per category (or level) for each dimension, over all units or per group.</summary>
public static class FrequencyAnalysis
{
    /// <summary>One table per dimension (per group of <paramref name="by"/> when given, groups in time order).</summary>
    public static IReadOnlyList<FrequencyTable> Run(CodedCorpus corpus, IReadOnlyList<Dimension> dimensions, DocumentField? by = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(dimensions);
        var groups = by is { } field
            ? corpus.ValuesOf(field).Select(g => (Name: (string?)g, Units: corpus.Units.Where(u => u.Field(field) == g).ToList()))
            : [(Name: null, Units: corpus.Units.ToList())];
        var groupList = groups.ToList();
        return [.. dimensions.SelectMany(d => groupList.Select(g => Count(d, g.Name, g.Units)))];
    }

    private static FrequencyTable Count(Dimension dimension, string? group, List<CodedUnit> units)
    {
        var coded = units.Select(u => u.ValuesOn(dimension)).Where(v => v is not null).Select(v => v!).ToList();
        var rows = AnalysisValue.Of(dimension)
            .Select(v =>
            {
                var count = coded.Count(values => AnalysisValue.Contains(dimension, values, v.Key));
                return new FrequencyRow(v.Key, v.Label, count, coded.Count == 0 ? null : (double)count / coded.Count);
            })
            .ToList();
        return new FrequencyTable(dimension.Id, dimension.Kind.ToString().ToLowerInvariant(), group, coded.Count, units.Count - coded.Count, dimension.Kind != DimensionKind.Multi, rows);
    }
}
