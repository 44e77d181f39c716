using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>When two codings count as the same: the same set of values, order ignored; every missing value (<c>uncoded</c>, <c>none</c> on a scale) is one value.</summary>
internal static class ValueKey
{
    public static string Of(IReadOnlyList<string> values, Dimension dimension) =>
        ReservedValues.IsMissing(values, dimension.IsCategorical)
            ? ReservedValues.Uncoded
            : string.Join(';', values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The values as the gold journal stores them: a missing value as <c>uncoded</c>.</summary>
    public static IReadOnlyList<string> Stored(IReadOnlyList<string> values, Dimension dimension) =>
        ReservedValues.IsMissing(values, dimension.IsCategorical) ? [ReservedValues.Uncoded] : values;
}
