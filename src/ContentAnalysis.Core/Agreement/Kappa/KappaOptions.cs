namespace ContentAnalysis.Core.Agreement;

/// <summary>Options for the kappa family (<see cref="KappaFamily"/>).</summary>
public sealed record KappaOptions
{
    /// <summary>The default options: 95% intervals, nominal data, categories as observed.</summary>
    public static KappaOptions Default { get; } = new();

    /// <summary>
    /// The number of categories the coders could choose from (the codebook's), for the chance terms
    /// that depend on q: Brennan–Prediger, PABAK and Gwet's AC1. Null uses the number of distinct
    /// values in the data. Must not be smaller than that number.
    /// </summary>
    public int? CategoryCount { get; init; }

    /// <summary>Confidence level of the intervals, in (0, 1).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// The level of measurement of the values. Weighted coefficients (AC2) need ordered values and
    /// are reported as undefined for nominal data.
    /// </summary>
    public LevelOfMeasurement Level { get; init; } = LevelOfMeasurement.Nominal;

    /// <summary>
    /// Whether to average Cohen's kappa over every coder pair even above <see cref="KappaFamily.PairwiseCoderLimit"/>
    /// coders, where the number of pairs grows with the square of the coders; the CLI sets it when
    /// <c>cohen_kappa</c> is asked for by name.
    /// </summary>
    public bool AllCoderPairs { get; init; }
}
