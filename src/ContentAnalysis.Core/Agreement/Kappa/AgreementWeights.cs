namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Agreement weight matrices w_kl (1 on the diagonal, less for more distant values) as Gwet (2014,
/// ch. 3, tables 3.5–3.6) defines them. Linear and quadratic weights use the numeric values when the
/// data are numbers and the ranks 1..q otherwise; ordinal weights always use ranks.
/// </summary>
internal static class AgreementWeights
{
    /// <summary>The identity weights: only identical values agree (unweighted coefficients).</summary>
    public static double[] Identity(int q)
    {
        var w = new double[q * q];
        for (var k = 0; k < q; k++)
        {
            w[(k * q) + k] = 1;
        }

        return w;
    }

    /// <summary>The weights of a scheme for the data's values, flattened row-major (q × q).</summary>
    public static double[] For(AgreementWeighting weighting, ReliabilityData data)
    {
        var q = data.ValueCount;
        if (weighting == AgreementWeighting.Identity || q < 2)
        {
            return Identity(q);
        }

        var x = data.NumericValues is { } numbers ? numbers.ToArray() : [.. Enumerable.Range(1, q).Select(i => (double)i)];
        // Halves keep max − min finite for values near the largest double (issue 14: never NaN).
        var halfRange = (x.Max() / 2) - (x.Min() / 2);
        var w = new double[q * q];
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                w[(k * q) + l] = weighting switch
                {
                    AgreementWeighting.Linear => 1 - Share(x[k], x[l], halfRange),
                    AgreementWeighting.Quadratic => 1 - (Share(x[k], x[l], halfRange) * Share(x[k], x[l], halfRange)),
                    _ => Ordinal(k, l, q),
                };
            }
        }

        return w;
    }

    // |a − b| / (max − min), computed on halves so that neither difference overflows.
    private static double Share(double a, double b, double halfRange) => Math.Abs((a / 2) - (b / 2)) / halfRange;

    // Ordinal weights count the pairs of ranks spanned by k..l: M_kl = C(|k - l| + 1, 2), scaled by the largest.
    private static double Ordinal(int k, int l, int q)
    {
        double span = Math.Abs(k - l) + 1;
        double largest = q;
        return 1 - (span * (span - 1) / 2 / (largest * (largest - 1) / 2));
    }
}
