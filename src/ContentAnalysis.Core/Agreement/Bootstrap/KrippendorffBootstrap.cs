using MathNet.Numerics.Random;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The bootstrap distribution of Krippendorff's alpha after Hayes &amp; Krippendorff (2007) and
/// Krippendorff's algorithm note for it (2006, revised 2011): with the expected disagreement D_e
/// of the data held fixed, each resample draws M pairs of values with replacement, a pair (c, k)
/// with probability o_ck/n, where M = min(25·Q, Σ_u m_u(m_u − 1)/2), Q the number of non-empty
/// cells of o_ck; its alpha is 1 − (Σ δ²)/(M·D_e), at least −1. Resamples made of one value
/// only (alpha = 1 − 0/0) are counted as 0. The 95% interval is the 2.5th and 97.5th percentile
/// of the X resampled alphas, and q is the share of them below a threshold.
/// </summary>
public static class KrippendorffBootstrap
{
    // Resamples per random stream: fixed, so the streams and hence the results do not depend on
    // how many threads process them.
    private const int ChunkSize = 16;
    private const int BufferSize = 4096;

    /// <summary>Alpha at a level with its bootstrap interval, q-values and standard error filled in.</summary>
    /// <param name="data">Units × coders.</param>
    /// <param name="level">The level of measurement.</param>
    /// <param name="options">Resamples, seed and parallelism; null for the defaults.</param>
    /// <param name="progress">Receives the share of resamples done, from 0 to 1.</param>
    /// <param name="cancellationToken">Stops the resampling.</param>
    /// <exception cref="ArgumentException">Interval or ratio level on non-numeric data, or fewer than 100 resamples.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AgreementEstimate Estimate(
        ReliabilityData data,
        LevelOfMeasurement level,
        KrippendorffBootstrapOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new KrippendorffBootstrapOptions();
        AgreementEstimate estimate;
        KrippendorffBootstrapResult? result;
        if (options.Method == BootstrapMethod.Units)
        {
            Validate(options);
            estimate = KrippendorffAlpha.Compute(data, level);
            result = UnitBootstrap.Run(data, level, options, progress, cancellationToken);
        }
        else
        {
            var analysis = KrippendorffAlpha.Analyze(data, level);
            estimate = analysis.Estimate;
            result = Run(analysis, options, progress, cancellationToken);
        }

        return result is null
            ? estimate
            : estimate with
            {
                StandardError = result.StandardError,
                CiLow = result.CiLow,
                CiHigh = result.CiHigh,
                QBelow800 = result.QBelow800,
                QBelow667 = result.QBelow667,
            };
    }

    /// <summary>The method as the notes and reports name it, e.g. <c>bootstrap: units (Zapf et al. 2016)</c>.</summary>
    public static string Describe(BootstrapMethod method) => method switch
    {
        BootstrapMethod.Units => "bootstrap: units (Zapf et al. 2016)",
        _ => "bootstrap: pairs (Hayes & Krippendorff 2007)",
    };

    /// <summary>Bootstraps the alpha of an analysis; null when alpha is undefined.</summary>
    /// <param name="analysis">The alpha to bootstrap, from <see cref="KrippendorffAlpha.Analyze(ReliabilityData, LevelOfMeasurement)"/> or <see cref="KrippendorffSetAlpha.Analyze"/>.</param>
    /// <param name="options">Resamples, seed and parallelism; null for the defaults.</param>
    /// <param name="progress">Receives the share of resamples done, from 0 to 1.</param>
    /// <param name="cancellationToken">Stops the resampling.</param>
    /// <exception cref="ArgumentException">Fewer than 100 resamples or a parallelism below 1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static KrippendorffBootstrapResult? Run(
        KrippendorffAnalysis analysis,
        KrippendorffBootstrapOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new KrippendorffBootstrapOptions();
        Validate(options);
        if (analysis.Estimate.Value is not { } alpha || analysis.ExpectedDisagreement is not { } expected)
        {
            return null;
        }

        var cells = analysis.Coincidences.Cells;
        var nonEmpty = 0;
        foreach (var cell in cells)
        {
            nonEmpty += cell > 0 ? 1 : 0;
        }

        var pairs = options.CapDraws ? Math.Min(25L * nonEmpty, analysis.Coincidences.PairCount) : analysis.Coincidences.PairCount;
        var alphas = ResamplePairs(analysis, options, pairs, expected, progress, cancellationToken);
        CorrectIndeterminate(alphas, analysis.Coincidences, pairs);
        return Summarize(alpha, pairs, alphas, BootstrapMethod.Pairs);
    }

    internal static void Validate(KrippendorffBootstrapOptions options)
    {
        if (options.Resamples < KrippendorffBootstrapOptions.MinimumResamples)
        {
            throw new ArgumentException($"The bootstrap needs at least {KrippendorffBootstrapOptions.MinimumResamples} resamples, got {options.Resamples}.", nameof(options));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentException($"The degree of parallelism must be at least 1, got {options.MaxDegreeOfParallelism}.", nameof(options));
        }
    }

    private static double[] ResamplePairs(
        KrippendorffAnalysis analysis, KrippendorffBootstrapOptions options, long pairs, double expected, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var sampler = new BootstrapPairSampler(analysis.Coincidences.Cells, analysis.DeltaSquared);
        return ResampleInChunks(options, progress, (random, alphas, from, to) =>
        {
            var buffer = new double[(int)Math.Min(BufferSize, (pairs + 1) / 2)];
            for (var r = from; r < to; r++)
            {
                double sum = 0;
                for (var drawn = 0L; drawn < pairs; drawn += 2L * buffer.Length)
                {
                    random.NextDoubles(buffer);
                    sum += sampler.SumDeltas(buffer, (int)Math.Min(2L * buffer.Length, pairs - drawn));
                }

                alphas[r] = Math.Max(-1, 1 - (sum / (pairs * expected)));
            }
        }, cancellationToken);
    }

    /// <summary>
    /// The resamples in chunks of <see cref="ChunkSize"/>, in parallel, one random stream per chunk
    /// (<see cref="StreamSeed"/>), so the same seed gives the same alphas on any number of threads.
    /// <paramref name="fill"/> writes the alphas of resamples [from, to) with the chunk's stream.
    /// </summary>
    internal static double[] ResampleInChunks(
        KrippendorffBootstrapOptions options, IProgress<double>? progress, Action<Xoshiro256StarStar, double[], int, int> fill, CancellationToken cancellationToken)
    {
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
            var random = new Xoshiro256StarStar(StreamSeed(options.Seed, chunk), threadSafe: false);
            fill(random, alphas, chunk * ChunkSize, Math.Min(options.Resamples, (chunk + 1) * ChunkSize));
            progress?.Report((double)Interlocked.Increment(ref chunksDone) / chunks);
        });

        return alphas;
    }

    /// <summary>
    /// A resample whose M pairs all fall in one diagonal cell has no variation and its alpha is
    /// 1 − 0/0, not 1. The algorithm counts such resamples as 0: all alphas of 1 when only one
    /// value is on the diagonal, otherwise the expected number X·Σ_c (o_cc/n)^M of them.
    /// </summary>
    private static void CorrectIndeterminate(double[] alphas, CoincidenceMatrix coincidences, long pairs)
    {
        var diagonalValues = 0;
        double expectedShare = 0;
        for (var c = 0; c < coincidences.Size; c++)
        {
            var p = coincidences[c, c] / coincidences.Total;
            if (p > 0)
            {
                diagonalValues++;
                expectedShare += Math.Pow(p, pairs);
            }
        }

        var limit = diagonalValues == 1 ? alphas.Length : (int)Math.Round(alphas.Length * expectedShare);

        // Resample order is fixed by the seed, so which ones are corrected does not depend on threads.
        for (var r = 0; r < alphas.Length && limit > 0; r++)
        {
            if (alphas[r] == 1)
            {
                alphas[r] = 0;
                limit--;
            }
        }
    }

    /// <summary>Sorts the resampled alphas and reads the interval, q-values and standard error from them.</summary>
    internal static KrippendorffBootstrapResult Summarize(double alpha, long pairs, double[] alphas, BootstrapMethod method)
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
            alphas,
            method);
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
