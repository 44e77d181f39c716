using MathNet.Numerics.Random;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The bootstrap distribution of Krippendorff's alpha after Hayes &amp; Krippendorff (2007) and
/// Krippendorff's algorithm note for it (2006, revised 2011): with the expected disagreement D_e
/// of the data held fixed, each resample draws M pairs of values with replacement, a pair (c, k)
/// with probability o_ck/n, where M = Σ_u m_u(m_u − 1)/2 is the number of pairs of values the
/// coders produced; its alpha is 1 − (Σ δ²)/(M·D_e). The 95% interval is the 2.5th and 97.5th
/// percentile of the X resampled alphas, and q is the share of them below a threshold.
/// </summary>
public static class KrippendorffBootstrap
{
    // Resamples per random stream: fixed, so the streams and hence the results do not depend on
    // how many threads process them.
    private const int ChunkSize = 16;
    private const int BufferSize = 4096;

    /// <summary>Alpha at a level with its bootstrap interval, q-values and standard error filled in.</summary>
    /// <exception cref="ArgumentException">Interval or ratio level on non-numeric data, or fewer than 100 resamples.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AgreementEstimate Estimate(
        ReliabilityData data,
        LevelOfMeasurement level,
        KrippendorffBootstrapOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var analysis = KrippendorffAlpha.Analyze(data, level);
        var result = Run(analysis, options, cancellationToken);
        return result is null
            ? analysis.Estimate
            : analysis.Estimate with
            {
                StandardError = result.StandardError,
                CiLow = result.CiLow,
                CiHigh = result.CiHigh,
                QBelow800 = result.QBelow800,
                QBelow667 = result.QBelow667,
            };
    }

    /// <summary>Bootstraps the alpha of an analysis; null when alpha is undefined.</summary>
    /// <exception cref="ArgumentException">Fewer than 100 resamples or a parallelism below 1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static KrippendorffBootstrapResult? Run(
        KrippendorffAnalysis analysis,
        KrippendorffBootstrapOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new KrippendorffBootstrapOptions();
        if (options.Resamples < 100)
        {
            throw new ArgumentException($"The bootstrap needs at least 100 resamples, got {options.Resamples}.", nameof(options));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentException($"The degree of parallelism must be at least 1, got {options.MaxDegreeOfParallelism}.", nameof(options));
        }

        if (analysis.Estimate.Value is not { } alpha || analysis.ExpectedDisagreement is not { } expected)
        {
            return null;
        }

        var pairs = analysis.Coincidences.PairCount;
        var sampler = new BootstrapPairSampler(analysis.Coincidences.Cells, analysis.DeltaSquared);
        var alphas = new double[options.Resamples];
        var chunks = (options.Resamples + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var random = new Xoshiro256StarStar(StreamSeed(options.Seed, chunk), threadSafe: false);
            var buffer = new double[(int)Math.Min(BufferSize, pairs)];
            var end = Math.Min(options.Resamples, (chunk + 1) * ChunkSize);
            for (var r = chunk * ChunkSize; r < end; r++)
            {
                double sum = 0;
                for (var drawn = 0L; drawn < pairs; drawn += buffer.Length)
                {
                    var span = buffer.AsSpan(0, (int)Math.Min(buffer.Length, pairs - drawn));
                    random.NextDoubles(buffer);
                    sum += sampler.SumDeltas(span);
                }

                alphas[r] = 1 - (sum / (pairs * expected));
            }
        });

        return Summarize(alpha, pairs, alphas);
    }

    private static KrippendorffBootstrapResult Summarize(double alpha, long pairs, double[] alphas)
    {
        Array.Sort(alphas);
        var count = alphas.Length;
        var mean = alphas.Average();
        var variance = alphas.Sum(a => (a - mean) * (a - mean)) / (count - 1);
        return new KrippendorffBootstrapResult(
            alpha,
            Percentile(alphas, 0.025),
            Percentile(alphas, 0.975),
            ShareBelow(alphas, 0.800),
            ShareBelow(alphas, 0.667),
            Math.Sqrt(variance),
            pairs,
            alphas);
    }

    /// <summary>Nearest-rank percentile of sorted values: the smallest value with at least p of the values at or below it.</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static double ShareBelow(double[] sorted, double threshold)
    {
        // Binary search for the first alpha at or above the threshold.
        var index = Array.BinarySearch(sorted, threshold);
        if (index < 0)
        {
            index = ~index;
        }
        else
        {
            while (index > 0 && sorted[index - 1] == threshold)
            {
                index--;
            }
        }

        return (double)index / sorted.Length;
    }

    /// <summary>A seed for one chunk's stream: SplitMix64 finalisation of the seed and chunk index.</summary>
    internal static int StreamSeed(long seed, int chunk)
    {
        unchecked
        {
            var z = (ulong)seed + ((ulong)(chunk + 1) * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z ^ (z >> 32));
        }
    }
}
