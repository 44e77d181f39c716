using MathNet.Numerics.Random;

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
    private const int ChunkSize = 16;

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
        var alphas = new double[options.Resamples];
        var chunks = (options.Resamples + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        var chunksDone = 0;
        Parallel.For(0, chunks, parallel, chunk =>
        {
            // One stream per chunk of resamples: the same seed gives the same alphas on any number of threads.
            var random = new Xoshiro256StarStar(KrippendorffBootstrap.StreamSeed(options.Seed, chunk), threadSafe: false);
            var weights = new int[units];
            var end = Math.Min(options.Resamples, (chunk + 1) * ChunkSize);
            for (var r = chunk * ChunkSize; r < end; r++)
            {
                Array.Clear(weights);
                for (var i = 0; i < units; i++)
                {
                    weights[random.Next(units)]++;
                }

                alphas[r] = ClosedFormAlpha.Compute(data, level, counts, weights).Value ?? 0;
            }

            progress?.Report((double)Interlocked.Increment(ref chunksDone) / chunks);
        });

        return KrippendorffBootstrap.Summarize(alpha, 0, alphas, BootstrapMethod.Units);
    }
}
