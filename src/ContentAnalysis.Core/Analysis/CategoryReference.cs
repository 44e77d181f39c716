using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>A category (or scale level) of one dimension, as named on the command line.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Value">The category, <c>none</c>, or the level.</param>
public sealed record CategoryReference(Dimension Dimension, AnalysisValue Value)
{
    /// <summary>How it is written back: <c>dimension:key</c>.</summary>
    public override string ToString() => $"{Dimension.Id}:{Value.Key}";

    /// <summary>Whether the unit has this category (level) in its coding.</summary>
    public bool IsIn(CodedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.ValuesOn(Dimension) is { } values && AnalysisValue.Contains(Dimension, values, Value.Key);
    }

    /// <summary>
    /// Resolves <c>[dimension:]name</c>: a category id, or a scale level's value or label. Without a dimension the name
    /// is looked up in <paramref name="defaultDimension"/> when given, else in every dimension, and must be unambiguous.
    /// </summary>
    /// <exception cref="InputException">The dimension or name is unknown, or the name is ambiguous.</exception>
    public static CategoryReference Resolve(Codebook codebook, string text, string? defaultDimension)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[(colon + 1)..];
        var dimensionId = colon < 0 ? defaultDimension : text[..colon];
        IReadOnlyList<Dimension> searched = dimensionId is null
            ? codebook.Dimensions
            : [codebook.FindDimension(dimensionId) ?? throw new InputException(AnalysisDiagnostics.ReferenceDimensionUnknown(text, dimensionId, codebook))];
        var found = searched
            .SelectMany(d => AnalysisValue.Of(d).Where(v => Matches(v, name)).Select(v => new CategoryReference(d, v)))
            .ToList();
        var byDimension = found.GroupBy(f => f.Dimension.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return byDimension.Count switch
        {
            1 => byDimension[0],
            0 => throw new InputException(AnalysisDiagnostics.NoSuchCategory(name, dimensionId, codebook)),
            _ => throw new InputException(AnalysisDiagnostics.AmbiguousCategory(name, byDimension.Select(f => f.Dimension.Id), byDimension[0].ToString(), codebook)),
        };
    }

    private static bool Matches(AnalysisValue value, string name) =>
        string.Equals(value.Key, name, StringComparison.Ordinal)
        || (AnalysisValue.Level(name) is { } number && string.Equals(value.Key, AnalysisValue.LevelKey(number), StringComparison.Ordinal))
        || (value.Key != Values.ReservedValues.None && string.Equals(value.Label, name, StringComparison.OrdinalIgnoreCase) && AnalysisValue.Level(value.Key) is not null);
}
