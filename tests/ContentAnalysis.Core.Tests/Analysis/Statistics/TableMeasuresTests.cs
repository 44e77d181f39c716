using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class TableMeasuresTests
{
    // Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., §2.4.5 and Table 2.6: adjusted residuals
    // for party identification by gender are 4.50, 0.70, −5.32 (females) and −4.50, −0.70, 5.32 (males).
    // R: chisq.test(M)$stdres. More digits by hand: (762 − 703.6714) / √(703.6714 · (1 − 1557/2757)(1 − 1246/2757))
    // = 58.3286 / 12.9561 = 4.502054.
    [Fact]
    public void AdjustedResiduals_AgrestiPartyIdentification_MatchPublishedValues()
    {
        var residuals = TableMeasures.AdjustedResiduals(Tables.PartyByGender());

        double[][] published = [[4.50, 0.70, -5.32], [-4.50, -0.70, 5.32]];
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(published[r][c], residuals[r][c]!.Value, 0.005);
            }
        }

        Assert.Equal(4.502054, residuals[0][0]!.Value, 1e-6);
    }

    // SciPy, scipy.stats.contingency.association docs: obs4x2 = [[100, 150], [203, 322], [420, 700], [320, 210]],
    // association(obs4x2, method="cramer") = 0.18617813077483678.
    [Fact]
    public void CramersV_SciPyAssociationExample_MatchesPublishedOutput()
    {
        var table = Tables.Make(new[,] { { 100, 150 }, { 203, 322 }, { 420, 700 }, { 320, 210 } });

        var v = TableMeasures.CramersV(table, ChiSquareTest.Run(table)!.Statistic);

        Assert.Equal(0.18617813077483678, v!.Value, 1e-12);
    }

    // Hand computation for R's M: V = √(30.070149 / (2757 · 1)) = 0.1044358.
    [Fact]
    public void CramersV_PartyByGender_IsRootOfChiSquareOverN()
    {
        var table = Tables.PartyByGender();

        Assert.Equal(0.1044358, TableMeasures.CramersV(table, ChiSquareTest.Run(table)!.Statistic)!.Value, 1e-7);
    }
}
