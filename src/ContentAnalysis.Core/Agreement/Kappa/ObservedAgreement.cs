namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The observed (weighted) agreement of Gwet (2014, eq. 2.19/3.9): per unit with r_i ≥ 2 ratings,
/// p_a|i = Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)) with r*_ik = Σ_l w_kl r_il; p_a is their mean over
/// those units. Also carries π_k = (1/n) Σ_i r_ik / r_i over all n rated units, the classification
/// probabilities Fleiss' and Gwet's chance terms use. Computed once per weight matrix and shared.
/// </summary>
internal sealed class ObservedAgreement(RatingCounts counts, double[] weights, double[] perUnit, double value, double[] prevalence)
{
    /// <summary>The count table the agreement was computed from.</summary>
    public RatingCounts Counts { get; } = counts;

    /// <summary>The weights w_kl, row-major q × q.</summary>
    public double[] Weights { get; } = weights;

    /// <summary>p_a|i per row of the count table (a unit or a profile of units); 0 for rows with a single rating.</summary>
    public double[] PerUnit { get; } = perUnit;

    /// <summary>p_a; NaN when no unit has two ratings (callers check <see cref="RatingCounts.PairableUnitCount"/>).</summary>
    public double Value { get; } = value;

    /// <summary>π_k, the mean over units of the share of a unit's ratings in category k.</summary>
    public double[] Prevalence { get; } = prevalence;

    /// <summary>Computes p_a|i, p_a and π_k in one pass over the count table.</summary>
    public static ObservedAgreement Compute(RatingCounts counts, double[] weights)
    {
        var q = counts.CategoryCount;
        var n = counts.UnitCount;
        var rows = counts.RowCount;
        var perUnit = new double[rows];
        var pi = new double[q];
        var identity = weights.AsSpan().SequenceEqual(AgreementWeights.Identity(q));
        var table = counts.Counts;
        var sum = 0.0;
        for (var i = 0; i < rows; i++)
        {
            var row = table.AsSpan(i * q, q);
            double r = counts.Raters[i];
            double weight = counts.WeightOf(i);
            for (var k = 0; k < q; k++)
            {
                pi[k] += weight * row[k] / r;
            }

            if (r < 2)
            {
                continue;
            }

            var agreeing = 0.0;
            for (var k = 0; k < q; k++)
            {
                if (row[k] == 0)
                {
                    continue;
                }

                var weighted = identity ? row[k] : WeightedCount(weights, row, k, q);
                agreeing += row[k] * (weighted - 1);
            }

            perUnit[i] = agreeing / (r * (r - 1));
            sum += weight * perUnit[i];
        }

        for (var k = 0; k < q; k++)
        {
            pi[k] /= n;
        }

        var value = counts.PairableUnitCount > 0 ? sum / counts.PairableUnitCount : double.NaN;
        return new ObservedAgreement(counts, weights, perUnit, value, pi);
    }

    private static double WeightedCount(double[] weights, ReadOnlySpan<int> row, int k, int q)
    {
        var total = 0.0;
        for (var l = 0; l < q; l++)
        {
            total += weights[(k * q) + l] * row[l];
        }

        return total;
    }
}
