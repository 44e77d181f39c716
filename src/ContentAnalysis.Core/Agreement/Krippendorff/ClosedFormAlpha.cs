namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Krippendorff's alpha from sums over the pairable values, without the V × V coincidence and distance
/// matrices (Krippendorff 2011, D_o and D_e written out per unit). With n_uc the count of value c in unit u,
/// m_u = Σ_c n_uc and n_c = Σ_u n_uc over pairable units, alpha = 1 − (n − 1)·O/E where
/// O = Σ_u Σ_{c,k} n_uc n_uk δ²_ck/(m_u − 1) and E = Σ_{c,k} n_c n_k δ²_ck. Then:
/// nominal O = Σ_u (m_u² − Σ_c n_uc²)/(m_u − 1), E = n² − Σ_c n_c²;
/// interval O = Σ_u 2 m_u SS_u/(m_u − 1), E = 2 n SS, with SS_u and SS the sums of squared deviations from
/// the unit's and the overall mean; ordinal is interval on the cumulative mid-ranks N_c = Σ_{g&lt;c} n_g + n_c/2,
/// because (Σ_{g=c..k} n_g − (n_c + n_k)/2)² = (N_k − N_c)²; ratio sums ((c − k)/(c + k))² within units and
/// takes E from <see cref="RatioDisagreement"/>. Numbers are divided by the largest magnitude first (alpha is
/// scale invariant at both levels), so no square overflows whatever the values.
/// </summary>
internal static class ClosedFormAlpha
{
    /// <summary>Alpha at <paramref name="level"/>; the caller has checked that the level suits the data.</summary>
    /// <param name="data">The reliability data (for the numeric values).</param>
    /// <param name="level">The level of measurement.</param>
    /// <param name="counts">The per-unit value counts of <paramref name="data"/>.</param>
    /// <param name="weights">How often each pairable unit counts (a bootstrap resample of units), or null for once each (or the counts' own profile weights).</param>
    public static AgreementEstimate Compute(ReliabilityData data, LevelOfMeasurement level, UnitValueCounts counts, int[]? weights = null)
    {
        var name = KrippendorffAlpha.NameFor(level);
        var sample = new Sample(counts, weights);
        if (sample.Total == 0)
        {
            return AgreementEstimate.Undefined(name, KrippendorffAlpha.NothingPairable);
        }

        if (level == LevelOfMeasurement.Ratio && KrippendorffAlpha.NegativeRatio(data) is { } negative)
        {
            return AgreementEstimate.Undefined(name, negative);
        }

        var (observed, expected) = level switch
        {
            LevelOfMeasurement.Nominal => Nominal(sample),
            LevelOfMeasurement.Ordinal => Squared(sample, MidRanks(sample.Marginals)),
            LevelOfMeasurement.Interval => Squared(sample, Scaled(data.NumericValues!, sample.Marginals)),
            LevelOfMeasurement.Ratio => Ratio(sample, Scaled(data.NumericValues!, sample.Marginals)),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of measurement."),
        };
        return expected > 0
            ? new AgreementEstimate(name, 1 - ((sample.Total - 1) * observed / expected))
            : AgreementEstimate.Undefined(name, KrippendorffAlpha.NoExpectedDisagreement);
    }

    private static (double Observed, double Expected) Nominal(Sample sample)
    {
        var observed = sample.Sum(new NominalTerm());
        double n = sample.Total;
        double squares = 0;
        foreach (var nc in sample.Marginals)
        {
            squares += (double)nc * nc;
        }

        return (observed, (n * n) - squares);
    }

    private static (double Observed, double Expected) Squared(Sample sample, double[] t)
    {
        var observed = sample.Sum(new SquaredTerm(t));
        double n = sample.Total;
        double total = 0;
        for (var c = 0; c < t.Length; c++)
        {
            total += sample.Marginals[c] * t[c];
        }

        var overall = total / n;
        double ss = 0;
        for (var c = 0; c < t.Length; c++)
        {
            var d = t[c] - overall;
            ss += sample.Marginals[c] * d * d;
        }

        return (observed, 2 * n * ss);
    }

    private static (double Observed, double Expected) Ratio(Sample sample, double[] t) =>
        (sample.Sum(new RatioTerm(t)), RatioDisagreement.Expected(t, sample.Marginals));

    /// <summary>One unit's share of the observed disagreement, given its entries <c>from .. to</c> and its m values.</summary>
    private interface IUnitTerm
    {
        double Of(int[] values, int[] counts, int from, int to, long m);
    }

    // (m² − Σ_c n_uc²)/(m − 1)
    private readonly struct NominalTerm : IUnitTerm
    {
        public double Of(int[] values, int[] counts, int from, int to, long m)
        {
            double same = 0;
            for (var i = from; i < to; i++)
            {
                same += (double)counts[i] * counts[i];
            }

            return (((double)m * m) - same) / (m - 1);
        }
    }

    // 2 m SS_u/(m − 1), SS_u the squared deviations of the unit's values from their mean
    private readonly struct SquaredTerm(double[] t) : IUnitTerm
    {
        public double Of(int[] values, int[] counts, int from, int to, long m)
        {
            double sum = 0;
            for (var i = from; i < to; i++)
            {
                sum += counts[i] * t[values[i]];
            }

            var mean = sum / m;
            double squares = 0;
            for (var i = from; i < to; i++)
            {
                var d = t[values[i]] - mean;
                squares += counts[i] * d * d;
            }

            return 2.0 * m * squares / (m - 1);
        }
    }

    // 2 Σ_{c<k} n_uc n_uk ((c − k)/(c + k))²/(m − 1)
    private readonly struct RatioTerm(double[] t) : IUnitTerm
    {
        public double Of(int[] values, int[] counts, int from, int to, long m)
        {
            double sum = 0;
            for (var i = from; i < to; i++)
            {
                for (var j = i + 1; j < to; j++)
                {
                    sum += (double)counts[i] * counts[j] * DistanceMatrix.Ratio(t[values[i]], t[values[j]]);
                }
            }

            return 2 * sum / (m - 1);
        }
    }

    /// <summary>N_c = Σ_{g&lt;c} n_g + n_c/2: the ordinal distance is the interval distance of these.</summary>
    internal static double[] MidRanks(long[] marginals)
    {
        var ranks = new double[marginals.Length];
        double below = 0;
        for (var c = 0; c < marginals.Length; c++)
        {
            ranks[c] = below + (marginals[c] / 2.0);
            below += marginals[c];
        }

        return ranks;
    }

    /// <summary>The numbers divided by the largest magnitude among the pairable ones, so every value lies in [−1, 1].</summary>
    internal static double[] Scaled(IReadOnlyList<double> numbers, long[] marginals)
    {
        double largest = 0;
        for (var c = 0; c < numbers.Count; c++)
        {
            if (marginals[c] > 0)
            {
                largest = Math.Max(largest, Math.Abs(numbers[c]));
            }
        }

        var scaled = new double[numbers.Count];
        for (var c = 0; c < scaled.Length; c++)
        {
            scaled[c] = largest > 0 ? numbers[c] / largest : 0;
        }

        return scaled;
    }

    /// <summary>The pairable units with how often each counts, and the value marginals n_c they give.</summary>
    private sealed class Sample
    {
        private readonly UnitValueCounts _counts;
        private readonly int[]? _weights;

        public Sample(UnitValueCounts counts, int[]? weights)
        {
            if (weights is not null && counts.Weights is not null)
            {
                throw new ArgumentException("Resampling weights need counts with one entry per unit.", nameof(weights));
            }

            _counts = counts;
            _weights = weights ?? counts.Weights;
            Marginals = weights is null ? counts.Marginals : new long[counts.ValueCount];
            if (weights is not null)
            {
                var offsets = counts.Offsets;
                for (var u = 0; u + 1 < offsets.Length; u++)
                {
                    for (var i = offsets[u]; i < offsets[u + 1] && weights[u] > 0; i++)
                    {
                        Marginals[counts.Values[i]] += (long)weights[u] * counts.Counts[i];
                    }
                }
            }

            foreach (var n in Marginals)
            {
                Total += n;
            }
        }

        public long[] Marginals { get; }

        public long Total { get; }

        /// <summary>Σ over the pairable units (or profiles) of weight × term; the term is a struct, so each level gets its own loop.</summary>
        public double Sum<T>(T term)
            where T : struct, IUnitTerm
        {
            var offsets = _counts.Offsets;
            var values = _counts.Values;
            var counts = _counts.Counts;
            double total = 0;
            for (var u = 0; u + 1 < offsets.Length; u++)
            {
                var weight = _weights?[u] ?? 1;
                if (weight == 0)
                {
                    continue;
                }

                var (from, to) = (offsets[u], offsets[u + 1]);
                long m = 0;
                for (var i = from; i < to; i++)
                {
                    m += counts[i];
                }

                total += weight * term.Of(values, counts, from, to, m);
            }

            return total;
        }
    }
}
