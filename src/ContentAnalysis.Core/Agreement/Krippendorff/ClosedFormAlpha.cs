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
    public static AgreementEstimate Compute(ReliabilityData data, LevelOfMeasurement level, UnitValueCounts counts)
    {
        var name = KrippendorffAlpha.NameFor(level);
        if (counts.PairableUnits == 0)
        {
            return AgreementEstimate.Undefined(name, KrippendorffAlpha.NothingPairable);
        }

        if (level == LevelOfMeasurement.Ratio && KrippendorffAlpha.NegativeRatio(data) is { } negative)
        {
            return AgreementEstimate.Undefined(name, negative);
        }

        var (observed, expected) = level switch
        {
            LevelOfMeasurement.Nominal => Nominal(counts),
            LevelOfMeasurement.Ordinal => Squared(counts, MidRanks(counts.Marginals)),
            LevelOfMeasurement.Interval => Squared(counts, Scaled(data.NumericValues!, counts.Marginals)),
            LevelOfMeasurement.Ratio => Ratio(counts, Scaled(data.NumericValues!, counts.Marginals)),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of measurement."),
        };
        return expected > 0
            ? new AgreementEstimate(name, 1 - ((counts.Total - 1) * observed / expected))
            : AgreementEstimate.Undefined(name, KrippendorffAlpha.NoExpectedDisagreement);
    }

    private static (double Observed, double Expected) Nominal(UnitValueCounts counts)
    {
        double observed = 0;
        ForEachUnit(counts, (from, to, m) =>
        {
            double same = 0;
            for (var i = from; i < to; i++)
            {
                same += (double)counts.Counts[i] * counts.Counts[i];
            }

            observed += (((double)m * m) - same) / (m - 1);
        });
        double n = counts.Total;
        double squares = 0;
        foreach (var nc in counts.Marginals)
        {
            squares += (double)nc * nc;
        }

        return (observed, (n * n) - squares);
    }

    private static (double Observed, double Expected) Squared(UnitValueCounts counts, double[] t)
    {
        double observed = 0;
        ForEachUnit(counts, (from, to, m) =>
        {
            double sum = 0;
            for (var i = from; i < to; i++)
            {
                sum += counts.Counts[i] * t[counts.Values[i]];
            }

            var mean = sum / m;
            double squares = 0;
            for (var i = from; i < to; i++)
            {
                var d = t[counts.Values[i]] - mean;
                squares += counts.Counts[i] * d * d;
            }

            observed += 2.0 * m * squares / (m - 1);
        });

        double n = counts.Total;
        double total = 0;
        for (var c = 0; c < t.Length; c++)
        {
            total += counts.Marginals[c] * t[c];
        }

        var overall = total / n;
        double ss = 0;
        for (var c = 0; c < t.Length; c++)
        {
            var d = t[c] - overall;
            ss += counts.Marginals[c] * d * d;
        }

        return (observed, 2 * n * ss);
    }

    private static (double Observed, double Expected) Ratio(UnitValueCounts counts, double[] t)
    {
        double observed = 0;
        ForEachUnit(counts, (from, to, m) =>
        {
            double sum = 0;
            for (var i = from; i < to; i++)
            {
                for (var j = i + 1; j < to; j++)
                {
                    sum += (double)counts.Counts[i] * counts.Counts[j] * DistanceMatrix.Ratio(t[counts.Values[i]], t[counts.Values[j]]);
                }
            }

            observed += 2 * sum / (m - 1);
        });
        return (observed, RatioDisagreement.Expected(t, counts.Marginals));
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

    private static void ForEachUnit(UnitValueCounts counts, Action<int, int, long> unit)
    {
        var offsets = counts.Offsets;
        for (var u = 0; u + 1 < offsets.Length; u++)
        {
            long m = 0;
            for (var i = offsets[u]; i < offsets[u + 1]; i++)
            {
                m += counts.Counts[i];
            }

            unit(offsets[u], offsets[u + 1], m);
        }
    }
}
