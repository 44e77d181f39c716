using MathNet.Numerics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// Pearson's chi-square test of independence for a two-way table (Pearson 1900; Agresti 2013, §3.2.1):
/// expected counts E_ij = n_i+ · n_+j / n, X² = Σ (n_ij − E_ij)² / E_ij, df = (I − 1)(J − 1), and p the upper
/// tail of the chi-square distribution. No continuity correction (R's <c>chisq.test(x, correct = FALSE)</c>,
/// SciPy's <c>chi2_contingency(x, correction=False)</c>); a 2×2 table gets Fisher's exact test beside it.
/// </summary>
internal static class ChiSquareTest
{
    /// <summary>The expected counts under independence, E_ij = n_i+ · n_+j / n.</summary>
    public static double[,] Expected(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var expected = new double[table.Rows.Count, table.Columns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                expected[r, c] = (double)table.RowTotals[r] * table.ColumnTotals[c] / table.Total;
            }
        }

        return expected;
    }

    /// <summary>Pearson's X² of <paramref name="counts"/> against <paramref name="expected"/>.</summary>
    public static double Statistic(int[,] counts, double[,] expected)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(expected);
        var sum = 0.0;
        for (var r = 0; r < counts.GetLength(0); r++)
        {
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                var difference = counts[r, c] - expected[r, c];
                sum += difference * difference / expected[r, c];
            }
        }

        return sum;
    }

    /// <summary>The test; null when the table has fewer than two rows or two columns (df = 0, nothing to test).</summary>
    public static ChiSquareResult? Run(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count < 2 || table.Columns.Count < 2)
        {
            return null;
        }

        var statistic = Statistic(Counts(table), Expected(table));
        var df = (table.Rows.Count - 1) * (table.Columns.Count - 1);
        return new ChiSquareResult(statistic, df, UpperTail(statistic, df));
    }

    /// <summary>P(χ²_df ≥ x): the regularised upper incomplete gamma Q(df/2, x/2), exact in the far tail where 1 − CDF would cancel.</summary>
    public static double UpperTail(double statistic, int df) =>
        statistic <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, statistic / 2.0);

    /// <summary>The table's counts as a rectangular array.</summary>
    internal static int[,] Counts(ContingencyTable table)
    {
        var counts = new int[table.Rows.Count, table.Columns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                counts[r, c] = table[r, c];
            }
        }

        return counts;
    }
}
