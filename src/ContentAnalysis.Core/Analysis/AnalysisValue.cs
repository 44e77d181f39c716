using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Analysis;

/// <summary>One value a unit can have on a dimension: a category, <c>none</c>, or a scale level.</summary>
/// <param name="Key">What the journal records: the category id, <c>none</c>, or the level's value.</param>
/// <param name="Label">The codebook's label.</param>
public sealed record AnalysisValue(string Key, string Label)
{
    /// <summary>The values of <paramref name="dimension"/> in codebook order: categories (sub-categories included) then <c>none</c>, or the levels.</summary>
    public static IReadOnlyList<AnalysisValue> Of(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return dimension.IsCategorical
            ? [.. dimension.AllCategories().Select(c => new AnalysisValue(c.Id, c.Label)), new AnalysisValue(ReservedValues.None, "no category applies")]
            : [.. dimension.Levels.Select(l => new AnalysisValue(LevelKey(l.Value), l.Label))];
    }

    /// <summary>How a level value is written as a key: invariant, shortest round-trip form (<c>-2</c>, <c>0.5</c>).</summary>
    public static string LevelKey(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="values"/> (as recorded) contain the value <paramref name="key"/> of <paramref name="dimension"/>.</summary>
    public static bool Contains(Dimension dimension, IReadOnlyList<string> values, string key)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(values);
        if (dimension.IsCategorical)
        {
            return values.Contains(key, StringComparer.Ordinal);
        }

        return values.Count == 1 && Level(values[0]) is { } level && LevelKey(level) == key;
    }

    /// <summary>A recorded scale value as a number, or null.</summary>
    public static double? Level(string recorded) =>
        double.TryParse(recorded, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
