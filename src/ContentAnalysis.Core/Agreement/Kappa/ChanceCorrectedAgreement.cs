namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// κ = (p_a − p_e) / (1 − p_e) for percent agreement, Fleiss' kappa, Gwet's AC1/AC2 and
/// Brennan–Prediger from one <see cref="ObservedAgreement"/>, with Gwet's (2014, ch. 5) variance:
/// κ_i = (n / n₂)(p_a|i − p_e·[r_i ≥ 2]) / (1 − p_e) and κ*_i = κ_i − 2(1 − κ)(p_e|i − p_e) / (1 − p_e).
/// </summary>
internal static class ChanceCorrectedAgreement
{
    /// <summary>Computes one coefficient; undefined data yield <see cref="AgreementEstimate.Undefined"/>.</summary>
    /// <param name="name">The estimate's name.</param>
    /// <param name="observed">The observed agreement and classification probabilities.</param>
    /// <param name="model">The chance model.</param>
    /// <param name="categoryCount">q for the Gwet and uniform chance terms (≥ the observed number of categories).</param>
    /// <param name="confidenceLevel">Confidence level of the interval.</param>
    /// <param name="note">A caveat to attach.</param>
    public static AgreementEstimate Estimate(
        string name, ObservedAgreement observed, ChanceModel model, int categoryCount, double confidenceLevel, string? note = null)
    {
        var counts = observed.Counts;
        if (counts.PairableUnitCount == 0)
        {
            return AgreementEstimate.Undefined(name, "no unit was rated by two coders");
        }

        if (model != ChanceModel.None && categoryCount < 2)
        {
            return AgreementEstimate.Undefined(name, "only one category was used, so chance agreement is 1");
        }

        var q = counts.CategoryCount;
        var w = observed.Weights;
        var pi = observed.Prevalence;
        var totalWeight = w.Sum() + (categoryCount - q); // unused codebook categories add identity weights
        var pe = model switch
        {
            ChanceModel.Fleiss => FleissChance(w, pi, q),
            ChanceModel.Gwet => totalWeight / (categoryCount * (categoryCount - 1.0)) * pi.Sum(p => p * (1 - p)),
            ChanceModel.Uniform => totalWeight / ((double)categoryCount * categoryCount),
            _ => 0,
        };
        if (1 - pe < 1e-12)
        {
            return AgreementEstimate.Undefined(name, "chance agreement is 1 (every rating in one category)");
        }

        var pa = observed.Value;
        var kappa = (pa - pe) / (1 - pe);
        var unitChance = UnitChanceWeights(model, w, pi, q, totalWeight, categoryCount);
        var n = counts.UnitCount;
        var scale = (double)n / counts.PairableUnitCount;
        var sumOfSquares = 0.0;
        for (var i = 0; i < counts.RowCount; i++)
        {
            var r = counts.Raters[i];
            var term = scale * (observed.PerUnit[i] - (r >= 2 ? pe : 0)) / (1 - pe);
            if (unitChance is not null)
            {
                var row = counts.Counts.AsSpan(i * q, q);
                var pei = 0.0;
                for (var k = 0; k < q; k++)
                {
                    pei += row[k] * unitChance[k];
                }

                term -= 2 * (1 - kappa) * ((pei / r) - pe) / (1 - pe);
            }

            sumOfSquares += counts.WeightOf(i) * (term - kappa) * (term - kappa);
        }

        // Percent agreement is a proportion: its interval is clipped to [0, 1], not [−1, 1].
        return AgreementInference.Estimate(name, kappa, sumOfSquares, n, confidenceLevel, note, model == ChanceModel.None ? 0 : -1);
    }

    private static double FleissChance(double[] w, double[] pi, int q)
    {
        var pe = 0.0;
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                pe += w[(k * q) + l] * pi[k] * pi[l];
            }
        }

        return pe;
    }

    // p_e|i = Σ_k r_ik c_k / r_i: the unit's share of the chance term (null when p_e does not depend on the data).
    private static double[]? UnitChanceWeights(ChanceModel model, double[] w, double[] pi, int q, double totalWeight, int categoryCount)
    {
        switch (model)
        {
            case ChanceModel.Gwet:
                var factor = totalWeight / (categoryCount * (categoryCount - 1.0));
                return [.. pi.Select(p => factor * (1 - p))];
            case ChanceModel.Fleiss:
                var c = new double[q];
                for (var k = 0; k < q; k++)
                {
                    for (var l = 0; l < q; l++)
                    {
                        c[k] += (w[(k * q) + l] + w[(l * q) + k]) / 2 * pi[l];
                    }
                }

                return c;
            default:
                return null;
        }
    }
}
