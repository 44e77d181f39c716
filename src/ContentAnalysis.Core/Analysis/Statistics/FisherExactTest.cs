using MathNet.Numerics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// Fisher's exact test for a 2×2 table (Fisher 1935; Agresti 2013, §3.5.1), two-sided as R's <c>fisher.test</c>:
/// with the margins fixed, n_11 is hypergeometric, and p is the total probability of the tables no more likely
/// than the observed one. As in R, "no more likely" allows a relative tolerance of 1e-7, so tables whose
/// probability equals the observed one up to rounding count.
/// </summary>
internal static class FisherExactTest
{
    /// <summary>R's <c>relErr</c>: probabilities within this factor of the observed one count as equal.</summary>
    public const double RelativeTolerance = 1 + 1e-7;

    /// <summary>The two-sided p-value of a 2×2 table; null for any other shape.</summary>
    public static double? TwoSided(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Rows.Count == 2 && table.Columns.Count == 2
            ? TwoSided(table[0, 0], table[0, 1], table[1, 0], table[1, 1])
            : null;
    }

    /// <summary>The two-sided p-value of the table [[a, b], [c, d]].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static double TwoSided(int a, int b, int c, int d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), "Counts cannot be negative.");
        }

        // n_11 given the margins: drawing k = a + b (row 1) from m = a + c (column 1) and n = b + d (column 2).
        int m = a + c, n = b + d, k = a + b;
        int low = Math.Max(0, k - n), high = Math.Min(k, m);
        var logs = new double[high - low + 1];
        for (var x = low; x <= high; x++)
        {
            logs[x - low] = LogChoose(m, x) + LogChoose(n, k - x);
        }

        // Scaled by the largest term so no probability underflows; the common factor cancels in the ratio.
        var max = logs.Max();
        var weights = logs.Select(l => Math.Exp(l - max)).ToArray();
        var observed = weights[a - low] * RelativeTolerance;
        return weights.Where(w => w <= observed).Sum() / weights.Sum();
    }

    private static double LogChoose(int n, int k) =>
        SpecialFunctions.FactorialLn(n) - SpecialFunctions.FactorialLn(k) - SpecialFunctions.FactorialLn(n - k);
}
