namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// E = Σ_{c,k} n_c n_k ((c − k)/(c + k))² for ratio alpha without a V × V loop when V is large. With x = ln c,
/// ((c − k)/(c + k))² = 1 − g(x_c − x_k), g(d) = sech²(d/2), so over the positive values E = P² − Σ n_c n_k g(x_c − x_k)
/// (P their count), plus 2·Z·P for the Z zeros (distance 1 to every positive value). The double sum is a
/// Fourier series (Poisson summation over the period L = R + 40, R the range of x, so aliases lie ≥ 40 away where
/// g &lt; 2·10⁻¹⁷): Σ n_c n_k g = Σ_j ĝ(ω_j)/L · |Σ_c n_c e^{iω_j x_c}|², ω_j = 2πj/L, ĝ(ω) = 4πω/sinh(πω), truncated at
/// ω_J ≥ 13 where ĝ &lt; 10⁻¹⁵. Cost O(V·J) with J ≈ 2.1·L, relative error about 10⁻¹³ of P²; up to
/// <see cref="ExactLimit"/> distinct values the sum is taken exactly over pairs.
/// </summary>
internal static class RatioDisagreement
{
    /// <summary>Up to this many distinct pairable values E is summed over all pairs of values.</summary>
    public const int ExactLimit = 4096;

    private const int Chunks = 64;

    /// <summary>E over values <paramref name="t"/> (non-negative) with counts <paramref name="n"/>.</summary>
    public static double Expected(double[] t, long[] n)
    {
        var present = Enumerable.Range(0, t.Length).Where(c => n[c] > 0).ToArray();
        return present.Length <= ExactLimit ? Exact(t, n, present) : Fourier(t, n, present);
    }

    /// <summary>E summed over every pair of distinct values.</summary>
    internal static double Exact(double[] t, long[] n, int[] present)
    {
        double sum = 0;
        for (var i = 0; i < present.Length; i++)
        {
            var c = present[i];
            double row = 0;
            for (var j = i + 1; j < present.Length; j++)
            {
                var k = present[j];
                row += n[k] * DistanceMatrix.Ratio(t[c], t[k]);
            }

            sum += n[c] * row;
        }

        return 2 * sum;
    }

    /// <summary>E by the Fourier series of the ratio distance on log values.</summary>
    internal static double Fourier(double[] t, long[] n, int[] present)
    {
        double zeros = 0;
        double positive = 0;
        var (low, high) = (double.MaxValue, double.MinValue);
        foreach (var c in present)
        {
            if (t[c] == 0)
            {
                zeros += n[c];
                continue;
            }

            positive += n[c];
            var x = Math.Log(t[c]);
            (low, high) = (Math.Min(low, x), Math.Max(high, x));
        }

        if (positive == 0)
        {
            return 0;
        }

        var period = high - low + 40;
        var terms = (int)Math.Ceiling(2.1 * period);
        var step = 2 * Math.PI / period;
        var center = (low / 2) + (high / 2);

        // Fixed chunks summed in order: the result does not depend on the number of threads.
        var partial = new double[Chunks][];
        Parallel.For(0, Chunks, chunk =>
        {
            var sums = new double[2 * (terms + 1)];
            for (var i = chunk; i < present.Length; i += Chunks)
            {
                var c = present[i];
                if (t[c] == 0)
                {
                    continue;
                }

                var angle = step * (Math.Log(t[c]) - center);
                var (baseRe, baseIm) = (Math.Cos(angle), Math.Sin(angle));
                var (re, im) = (1.0, 0.0);
                double w = n[c];
                for (var j = 1; j <= terms; j++)
                {
                    (re, im) = ((re * baseRe) - (im * baseIm), (re * baseIm) + (im * baseRe));
                    sums[2 * j] += w * re;
                    sums[(2 * j) + 1] += w * im;
                }
            }

            partial[chunk] = sums;
        });

        var kernel = 4.0 / period * positive * positive; // j = 0: ĝ(0) = 4
        for (var j = 1; j <= terms; j++)
        {
            double re = 0;
            double im = 0;
            foreach (var sums in partial)
            {
                re += sums[2 * j];
                im += sums[(2 * j) + 1];
            }

            var omega = step * j;
            kernel += 2 * (4 * Math.PI * omega / Math.Sinh(Math.PI * omega) / period) * ((re * re) + (im * im));
        }

        return (positive * positive) - kernel + (2 * zeros * positive);
    }
}
