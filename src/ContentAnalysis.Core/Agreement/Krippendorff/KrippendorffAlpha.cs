namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Krippendorff's alpha reliability coefficient, alpha = 1 − D_o/D_e, computed from the coincidence
/// matrix of pairable values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability";
/// Krippendorff 2013, <i>Content Analysis</i>, ch. 12). Units with fewer than two values are not
/// pairable and drop out; missing values need no imputation.
/// </summary>
public static partial class KrippendorffAlpha
{
    /// <summary>The name key of alpha at a level, e.g. <c>krippendorff_alpha_ordinal</c>.</summary>
    public static string NameFor(LevelOfMeasurement level) => level switch
    {
        LevelOfMeasurement.Nominal => "krippendorff_alpha_nominal",
        LevelOfMeasurement.Ordinal => "krippendorff_alpha_ordinal",
        LevelOfMeasurement.Interval => "krippendorff_alpha_interval",
        LevelOfMeasurement.Ratio => "krippendorff_alpha_ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of measurement."),
    };

    /// <summary>The name key of alpha with a user-supplied distance.</summary>
    public const string CustomName = "krippendorff_alpha_custom";

    /// <summary>Computes alpha at a level of measurement.</summary>
    /// <param name="data">Units × coders; missing cells allowed.</param>
    /// <param name="level">Nominal, ordinal, interval or ratio.</param>
    /// <returns>The coefficient, or <see cref="AgreementEstimate.Undefined"/> with the reason.</returns>
    /// <exception cref="ArgumentException">Interval or ratio level on data whose values are not all numbers.</exception>
    public static AgreementEstimate Compute(ReliabilityData data, LevelOfMeasurement level)
    {
        ArgumentNullException.ThrowIfNull(data);
        DistanceMatrix.EnsureSupported(data, level);
        return ClosedFormAlpha.Compute(data, level, UnitValueCounts.Shared(data));
    }

    /// <summary>Computes alpha with a user distance δ²(a, b) over the numeric values.</summary>
    /// <exception cref="ArgumentException">The values are not numbers, or the function returns a negative or non-finite distance.</exception>
    public static AgreementEstimate Compute(ReliabilityData data, Func<double, double, double> deltaSquared) =>
        Analyze(data, deltaSquared).Estimate;

    /// <summary>Computes alpha with a user distance matrix δ²[c, k] indexed by value codes.</summary>
    /// <exception cref="ArgumentException">The matrix is not V × V or holds a negative or non-finite distance.</exception>
    public static AgreementEstimate Compute(ReliabilityData data, double[,] deltaSquared) =>
        Analyze(data, deltaSquared).Estimate;

    /// <summary>Computes alpha at a level with its coincidence matrix and disagreements.</summary>
    /// <exception cref="ArgumentException">Interval or ratio level on data whose values are not all numbers.</exception>
    public static KrippendorffAnalysis Analyze(ReliabilityData data, LevelOfMeasurement level)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = NameFor(level);
        DistanceMatrix.EnsureSupported(data, level);

        return FinishLevel(name, data, level, CoincidenceMatrix.Build(data));
    }

    /// <summary>
    /// Alpha at <paramref name="level"/> from per-unit value counts already built for <paramref name="data"/>
    /// (<see cref="ClosedFormAlpha"/>): the counts do not depend on the level, so every level shares one pass.
    /// </summary>
    internal static AgreementEstimate Compute(ReliabilityData data, LevelOfMeasurement level, UnitValueCounts counts)
    {
        DistanceMatrix.EnsureSupported(data, level);
        return ClosedFormAlpha.Compute(data, level, counts);
    }

    /// <summary>Why alpha is undefined without pairable values.</summary>
    internal const string NothingPairable = "No unit has values from two or more coders, so no value is pairable.";

    /// <summary>Why alpha is undefined when every pairable value is equal.</summary>
    internal const string NoExpectedDisagreement = "All pairable values are equal (or equally distant), so the expected disagreement is zero and alpha is undefined.";

    /// <summary>Why ratio alpha is undefined for these data, or null when no value is negative.</summary>
    internal static string? NegativeRatio(ReliabilityData data) =>
        data.NumericValues is { Count: > 0 } numbers && numbers.Min() is var lowest and < 0
            ? FormattableString.Invariant($"ratio data cannot be negative (the data hold {lowest}); use the interval level")
            : null;

    /// <summary>
    /// <see cref="Finish"/> at a level. The ratio distance ((c − k)/(c + k))² assumes an absolute zero
    /// (Krippendorff 2011): with a negative value c + k can be 0 or change sign, so two different
    /// values could count as agreeing; alpha is then undefined, not a wrong number.
    /// </summary>
    internal static KrippendorffAnalysis FinishLevel(string name, ReliabilityData data, LevelOfMeasurement level, CoincidenceMatrix coincidences)
    {
        var delta = DistanceMatrix.ForLevel(data, level, coincidences.Marginals);
        if (level == LevelOfMeasurement.Ratio && NegativeRatio(data) is { } reason)
        {
            return new KrippendorffAnalysis(AgreementEstimate.Undefined(name, reason), coincidences, null, null) { DeltaSquared = delta };
        }

        return Finish(name, coincidences, delta);
    }

    /// <summary>Computes alpha with a user distance over numeric values, with its coincidence matrix.</summary>
    /// <exception cref="ArgumentException">The values are not numbers, or a distance is negative or non-finite.</exception>
    public static KrippendorffAnalysis Analyze(ReliabilityData data, Func<double, double, double> deltaSquared)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(deltaSquared);
        var delta = DistanceMatrix.FromFunction(data, deltaSquared);
        return Finish(CustomName, CoincidenceMatrix.Build(data), delta);
    }

    /// <summary>Computes alpha with a user distance matrix, with its coincidence matrix.</summary>
    /// <exception cref="ArgumentException">The matrix is not V × V or a distance is negative or non-finite.</exception>
    public static KrippendorffAnalysis Analyze(ReliabilityData data, double[,] deltaSquared)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(deltaSquared);
        var delta = DistanceMatrix.FromMatrix(data, deltaSquared);
        return Finish(CustomName, CoincidenceMatrix.Build(data), delta);
    }

    /// <summary>D_o, D_e and alpha from coincidences and distances (Krippendorff 2011, eqs. for D_o and D_e).</summary>
    internal static KrippendorffAnalysis Finish(string name, CoincidenceMatrix coincidences, double[] delta)
    {
        var n = coincidences.Total;
        if (coincidences.PairableUnits == 0)
        {
            var none = AgreementEstimate.Undefined(name, NothingPairable);
            return new KrippendorffAnalysis(none, coincidences, null, null) { DeltaSquared = delta };
        }

        var size = coincidences.Size;
        var cells = coincidences.Cells;
        var marginals = coincidences.Marginals;
        double observed = 0;
        double expected = 0;
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                var d = delta[(c * size) + k];
                if (d != 0)
                {
                    observed += cells[(c * size) + k] * d;
                    expected += marginals[c] * marginals[k] * d;
                }
            }
        }

        observed /= n;
        expected /= n * (n - 1);
        AgreementEstimate estimate = expected > 0
            ? new AgreementEstimate(name, 1 - (observed / expected))
            : AgreementEstimate.Undefined(name, NoExpectedDisagreement);
        return new KrippendorffAnalysis(estimate, coincidences, observed, expected) { DeltaSquared = delta };
    }
}
