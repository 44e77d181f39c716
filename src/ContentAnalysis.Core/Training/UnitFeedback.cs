using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Training;

/// <summary>What a trainee sees once a unit is coded: per dimension, their coding, the reference's, the codebook entries involved, and the reference's memo.</summary>
/// <param name="Unit">The unit id.</param>
/// <param name="Reference">The reference coder (usually <c>gold</c>).</param>
/// <param name="Dimensions">One entry per dimension coded in the session, in session order.</param>
public sealed record UnitFeedback(string Unit, string Reference, IReadOnlyList<DimensionFeedback> Dimensions)
{
    /// <summary>Whether the trainee agreed with the reference on every dimension both coded.</summary>
    public bool AgreedOnAll => Dimensions.All(d => d.Agreed != false);

    /// <summary>
    /// The feedback on <paramref name="unit"/>: the trainee's and the reference's current codings compared per dimension.
    /// Agreement here is identity of the recorded values (a multi dimension's sets in any order, a scale's numbers);
    /// the coefficients come at the end of the round from the agreement engine (<see cref="TrainingResult"/>).
    /// </summary>
    /// <param name="dimensions">The dimensions of the session, in session order.</param>
    /// <param name="unit">The unit id.</param>
    /// <param name="trainee">The trainee's values of the unit per dimension id (a dimension not coded is absent).</param>
    /// <param name="reference">The reference coder's codings.</param>
    public static UnitFeedback For(IReadOnlyList<Dimension> dimensions, string unit, IReadOnlyDictionary<string, IReadOnlyList<string>> trainee, CoderCodings reference)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(trainee);
        ArgumentNullException.ThrowIfNull(reference);
        return new UnitFeedback(unit, reference.Coder, [.. dimensions.Select(d => For(d, trainee.GetValueOrDefault(d.Id), reference.Get(unit, d.Id)))]);
    }

    private static DimensionFeedback For(Dimension dimension, IReadOnlyList<string>? trainee, CodingValue? reference)
    {
        IReadOnlyList<string> mine = trainee ?? [];
        bool? agreed = trainee is null || reference is null ? null : Same(dimension, mine, reference.Values);
        var chosen = mine.Concat(reference?.Values ?? []).ToHashSet(StringComparer.Ordinal);
        var entries = dimension.IsCategorical
            ? dimension.AllCategories().Where(c => chosen.Contains(c.Id)).Select(c => new FeedbackEntry(c.Id, c.Label, c.Definition.Trim()))
            : dimension.Levels.Where(l => chosen.Any(v => Number(v) == l.Value)).Select(l => new FeedbackEntry(Scale(l.Value), l.Label, l.Definition?.Trim() ?? string.Empty));
        return new DimensionFeedback(dimension.Id, dimension.Label, mine, reference?.Values, agreed, reference?.Memo ?? string.Empty, [.. entries]);
    }

    private static bool Same(Dimension dimension, IReadOnlyList<string> a, IReadOnlyList<string> b) => dimension.IsCategorical
        ? a.ToHashSet(StringComparer.Ordinal).SetEquals(b)
        : a.Count == b.Count && a.Zip(b).All(p => p.First == p.Second || (Number(p.First) is { } x && x == Number(p.Second)));

    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string Scale(double value) => value.ToString(CultureInfo.InvariantCulture);
}
