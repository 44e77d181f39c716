namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The bootstrap of alpha over units (Zapf, Castell, Morawietz &amp; Karch 2016, "Measuring inter-rater reliability
/// for nominal data – which coefficients and confidence intervals are appropriate?", BMC Medical Research
/// Methodology 16:93): each resample draws as many pairable units as the data have, with replacement, each unit
/// with all its values, and recomputes alpha in full (D_o and D_e) in closed form from the per-unit value counts.
/// A resample without expected disagreement (all its values equal) counts as alpha 0, as the pair bootstrap counts
/// its indeterminate resamples. The interval is the 2.5th and 97.5th percentile of the resampled alphas.
/// </summary>
internal static class UnitBootstrap
{
    /// <summary>The bootstrap distribution, or null when alpha is undefined.</summary>
    public static KrippendorffBootstrapResult? Run(
        ReliabilityData data,
        LevelOfMeasurement level,
        KrippendorffBootstrapOptions options,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var counts = UnitValueCounts.Build(data);
        if (ClosedFormAlpha.Compute(data, level, counts).Value is not { } alpha)
        {
            return null;
        }

        var units = counts.PairableUnits;
        var alphas = KrippendorffBootstrap.ResampleInChunks(options, progress, (random, alphas, from, to) =>
        {
            var weights = new int[units];
            for (var r = from; r < to; r++)
            {
                Array.Clear(weights);
                for (var i = 0; i < units; i++)
                {
                    weights[random.Next(units)]++;
                }

                alphas[r] = ClosedFormAlpha.Compute(data, level, counts, weights).Value ?? 0;
            }
        }, cancellationToken);

        return KrippendorffBootstrap.Summarize(alpha, 0, alphas, BootstrapMethod.Units);
    }
}
