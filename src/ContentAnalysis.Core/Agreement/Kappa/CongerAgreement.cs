namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Conger's (1980) kappa with Gwet's (2014, ch. 5) missing-data estimator; with two coders it is
/// Cohen's (1960) kappa. p_gk = n_gk / n_g is coder g's share of category k over the units g rated,
/// p̄_k their mean over the r coders, s²_kl = (Σ_g p_gk p_gl − r p̄_k p̄_l) / (r − 1), and
/// p_e = Σ_kl w_kl (p̄_k p̄_l − s²_kl / r). The per-unit chance term p_e|i = Σ_g λ_ig / (r (r − 1)) with
/// λ_ig = Σ_k (r p̄_k − p_gk) · (n / n_g) Σ_l w_kl (δ_igl − (ε_ig − n_g / n) p_gl).
/// </summary>
internal static class CongerAgreement
{
    /// <summary>From this many units the per-unit sum of squares is added in two halves on two threads.</summary>
    internal const int TwoHalvesFromUnits = 200_000;

    /// <summary>Computes Conger's kappa for the coders counted in <paramref name="observed"/>.</summary>
    public static AgreementEstimate Estimate(
        string name, ReliabilityData data, ObservedAgreement observed, double confidenceLevel, string? note = null)
    {
        var counts = observed.Counts;
        var r = counts.CoderCount;
        var q = counts.CategoryCount;
        if (r < 2)
        {
            return AgreementEstimate.Undefined(name, "fewer than two coders rated any unit");
        }

        if (counts.PairableUnitCount == 0)
        {
            return AgreementEstimate.Undefined(name, "no unit was rated by two coders");
        }

        if (q < 2)
        {
            return AgreementEstimate.Undefined(name, "only one category was used, so chance agreement is 1");
        }

        var w = observed.Weights;
        var p = new double[r * q];
        var mean = new double[q];
        for (var g = 0; g < r; g++)
        {
            for (var k = 0; k < q; k++)
            {
                p[(g * q) + k] = (double)counts.CoderCounts[(g * q) + k] / counts.CoderTotals[g];
                mean[k] += p[(g * q) + k] / r;
            }
        }

        var pe = 0.0;
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                var cross = 0.0;
                for (var g = 0; g < r; g++)
                {
                    cross += p[(g * q) + k] * p[(g * q) + l];
                }

                var covariance = (cross - (r * mean[k] * mean[l])) / (r - 1);
                pe += w[(k * q) + l] * ((mean[k] * mean[l]) - (covariance / r));
            }
        }

        if (1 - pe < 1e-12)
        {
            return AgreementEstimate.Undefined(name, "chance agreement is 1 (every coder used one category)");
        }

        var kappa = (observed.Value - pe) / (1 - pe);
        var sumOfSquares = SumOfSquares(data, observed, p, mean, pe, kappa);
        return AgreementInference.Estimate(name, kappa, sumOfSquares, counts.UnitCount, confidenceLevel, note);
    }

    private static double SumOfSquares(ReliabilityData data, ObservedAgreement observed, double[] p, double[] mean, double pe, double kappa)
    {
        var counts = observed.Counts;
        var r = counts.CoderCount;
        var q = counts.CategoryCount;
        var w = observed.Weights;
        var n = counts.UnitCount;

        // λ_ig takes one of q + 1 values per coder: B_g when g did not rate unit i, else
        // (n / n_g) C_gx − (n / n_g − 1) B_g for the category x that g chose.
        var missingTerm = new double[r];
        var presentTerm = new double[r * q];
        for (var g = 0; g < r; g++)
        {
            var ratio = (double)n / counts.CoderTotals[g];
            var b = 0.0;
            for (var k = 0; k < q; k++)
            {
                var a = 0.0;
                for (var l = 0; l < q; l++)
                {
                    a += w[(k * q) + l] * p[(g * q) + l];
                }

                b += ((r * mean[k]) - p[(g * q) + k]) * a;
            }

            missingTerm[g] = b;
            for (var x = 0; x < q; x++)
            {
                var c = 0.0;
                for (var k = 0; k < q; k++)
                {
                    c += ((r * mean[k]) - p[(g * q) + k]) * w[(k * q) + x];
                }

                presentTerm[(g * q) + x] = (ratio * c) - ((ratio - 1) * b);
            }
        }

        var scale = (double)n / counts.PairableUnitCount;
        var columns = counts.CoderColumns;
        // λ_ig depends on who gave which value, so this sum runs over units, not over the table's rows: on a large
        // matrix in two halves on two threads, added in order, so the result does not depend on the machine.
        var rowOf = counts.RowOfUnit;
        double Sum(int from, int to)
        {
            var sum = 0.0;
            for (var u = from; u < to; u++)
            {
                var t = rowOf[u];
                if (t < 0)
                {
                    continue;
                }

                var row = data.Row(u);
                var lambda = 0.0;
                for (var g = 0; g < r; g++)
                {
                    var value = row[columns[g]];
                    lambda += value == ReliabilityData.Missing ? missingTerm[g] : presentTerm[(g * q) + value];
                }

                var pei = lambda / (r * (r - 1.0));
                var term = scale * (observed.PerUnit[t] - (counts.Raters[t] >= 2 ? pe : 0)) / (1 - pe);
                term -= 2 * (1 - kappa) * (pei - pe) / (1 - pe);
                sum += (term - kappa) * (term - kappa);
            }

            return sum;
        }

        if (rowOf.Length < TwoHalvesFromUnits)
        {
            return Sum(0, rowOf.Length);
        }

        var half = rowOf.Length / 2;
        var second = Task.Run(() => Sum(half, rowOf.Length));
        var first = Sum(0, half);
        return first + second.Result;
    }
}
