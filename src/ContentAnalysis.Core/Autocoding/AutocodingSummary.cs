using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>The result of <c>qcat autocode</c>: what was written and what the dictionary gave each dimension.</summary>
/// <param name="Coder">The coder the dictionary wrote as.</param>
/// <param name="Journal">The journal file, relative to the project.</param>
/// <param name="Units">Units coded.</param>
/// <param name="Written">Codings appended (new or changed).</param>
/// <param name="Unchanged">Codings already in the journal as they are.</param>
/// <param name="Dimensions">One entry per dimension coded.</param>
public sealed record AutocodingSummary(string Coder, string Journal, int Units, int Written, int Unchanged, IReadOnlyList<DimensionAutocoding> Dimensions)
{
    /// <summary>Summarises <paramref name="units"/> coded by <paramref name="matcher"/>.</summary>
    public static AutocodingSummary Create(string coder, string journal, DictionaryMatcher matcher, IReadOnlyList<AutocodedUnit> units, int written, int unchanged)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(units);
        var dimensions = new List<DimensionAutocoding>();
        for (var d = 0; d < matcher.Dimensions.Count; d++)
        {
            var dimension = matcher.Dimensions[d];
            var values = units.Select(u => u.Values[d]).ToList();
            var categories = dimension.AllCategories()
                .Select(c => new CategoryUnits(c.Id, c.Label, values.Count(v => v.Values.Contains(c.Id, StringComparer.Ordinal))))
                .ToList();
            dimensions.Add(new DimensionAutocoding(
                dimension.Id,
                dimension.Kind.ToString().ToLowerInvariant(),
                values.Count,
                categories,
                values.Count(v => v.Values is [ReservedValues.None]),
                values.Count(v => v.Values is [ReservedValues.Uncoded]),
                values.Count(v => v.Tie),
                values.Sum(v => v.Negated)));
        }

        return new AutocodingSummary(coder, journal, units.Count, written, unchanged, dimensions);
    }
}
