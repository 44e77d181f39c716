namespace ContentAnalysis.Core.Analysis;

/// <summary>Cell- and table-level measures that go with the chi-square test.</summary>
internal static class TableMeasures
{
    /// <summary>
    /// Cramér's V = √(X² / (n · (min(I, J) − 1))) (Cramér 1946, §21.9; Agresti 2013, §2.4.5), in [0, 1];
    /// null for a table with fewer than two rows or columns.
    /// </summary>
    public static double? CramersV(ContingencyTable table, double chiSquare)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = Math.Min(table.Rows.Count, table.Columns.Count);
        return k < 2 || table.Total == 0 ? null : Math.Sqrt(chiSquare / (table.Total * (k - 1.0)));
    }

    /// <summary>
    /// Adjusted (standardised) residuals (Haberman 1973; Agresti 2013, §2.4.5, eq. 2.9):
    /// (n_ij − E_ij) / √(E_ij (1 − p_i+)(1 − p_+j)), approximately standard normal under independence,
    /// so |r| &gt; 2 marks a cell that departs from it. R: <c>chisq.test(x)$stdres</c>.
    /// A cell whose row or column holds the whole table has no variance: its residual is null.
    /// </summary>
    public static double?[][] AdjustedResiduals(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var expected = ChiSquareTest.Expected(table);
        var n = (double)table.Total;
        var residuals = new double?[table.Rows.Count][];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            residuals[r] = new double?[table.Columns.Count];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var variance = expected[r, c] * (1 - (table.RowTotals[r] / n)) * (1 - (table.ColumnTotals[c] / n));
                residuals[r][c] = variance > 0 ? (table[r, c] - expected[r, c]) / Math.Sqrt(variance) : null;
            }
        }

        return residuals;
    }
}
