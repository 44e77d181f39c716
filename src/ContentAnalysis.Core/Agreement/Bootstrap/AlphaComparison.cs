namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Two alphas and the bootstrap interval of their difference (second − first), e.g. before and after a training
/// round, two reliability samples, or two pairs of coders. Each data set is bootstrapped on its own (the same method
/// and number of resamples, different streams of the seed) and the resampled alphas are paired at random, so the
/// interval is the 2.5th and 97.5th percentile of α*₂ − α*₁ for independent samples (Efron &amp; Tibshirani 1993,
/// §8.3, the two-sample bootstrap). Data sets that share units are not independent; the interval then ignores
/// their covariance.
/// </summary>
/// <param name="First">Alpha of the first data set, with its own interval.</param>
/// <param name="Second">Alpha of the second data set, with its own interval.</param>
/// <param name="Difference">Second minus first, or null when either alpha is undefined.</param>
/// <param name="CiLow">2.5th percentile of the resampled differences.</param>
/// <param name="CiHigh">97.5th percentile of the resampled differences.</param>
/// <param name="ShareBelowZero">Share of resampled differences below 0: how often the second alpha came out lower.</param>
/// <param name="Method">What the bootstrap resampled.</param>
/// <param name="Resamples">Resamples per data set.</param>
public sealed record AlphaComparison(
    AgreementEstimate First,
    AgreementEstimate Second,
    double? Difference,
    double? CiLow,
    double? CiHigh,
    double? ShareBelowZero,
    BootstrapMethod Method,
    int Resamples)
{
    /// <summary>Bootstraps both data sets and the difference of their alphas at <paramref name="level"/>.</summary>
    /// <exception cref="ArgumentException">Interval or ratio level on labels, or fewer than 100 resamples.</exception>
    public static AlphaComparison Compute(ReliabilityData first, ReliabilityData second, LevelOfMeasurement level, KrippendorffBootstrapOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(options);
        KrippendorffBootstrap.Validate(options);
        var (a, alphasA) = Bootstrap(first, level, options, cancellationToken);
        var (b, alphasB) = Bootstrap(second, level, options with { Seed = options.Seed + 1 }, cancellationToken);
        if (a.Value is not { } valueA || b.Value is not { } valueB || alphasA is null || alphasB is null)
        {
            return new AlphaComparison(a, b, a.Value is { } x && b.Value is { } y ? y - x : null, null, null, null, options.Method, options.Resamples);
        }

        // The sorted alphas of the first set in a seeded random order: independent pairs, reproducible.
        var order = alphasA.ToArray();
        new Random(unchecked((int)options.Seed)).Shuffle(order);
        var differences = new double[alphasB.Count];
        for (var r = 0; r < differences.Length; r++)
        {
            differences[r] = alphasB[r] - order[r % order.Length];
        }

        Array.Sort(differences);
        var below = differences.Count(d => d < 0) / (double)differences.Length;
        return new AlphaComparison(
            a, b, valueB - valueA,
            KrippendorffBootstrap.Percentile(differences, 0.025),
            KrippendorffBootstrap.Percentile(differences, 0.975),
            below,
            options.Method,
            options.Resamples);
    }

    private static (AgreementEstimate Estimate, IReadOnlyList<double>? Alphas) Bootstrap(ReliabilityData data, LevelOfMeasurement level, KrippendorffBootstrapOptions options, CancellationToken cancellationToken)
    {
        if (options.Method == BootstrapMethod.Units)
        {
            var estimate = KrippendorffAlpha.Compute(data, level);
            var result = UnitBootstrap.Run(data, level, options, null, cancellationToken);
            return (WithInterval(estimate, result), result?.Alphas);
        }

        var analysis = KrippendorffAlpha.Analyze(data, level);
        var pairs = KrippendorffBootstrap.Run(analysis, options, null, cancellationToken);
        return (WithInterval(analysis.Estimate, pairs), pairs?.Alphas);
    }

    private static AgreementEstimate WithInterval(AgreementEstimate estimate, KrippendorffBootstrapResult? result) => result is null
        ? estimate
        : estimate with { StandardError = result.StandardError, CiLow = result.CiLow, CiHigh = result.CiHigh, QBelow800 = result.QBelow800, QBelow667 = result.QBelow667 };
}
