using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class ChiSquareTestTests
{
    // R, ?chisq.test: Xsq <- chisq.test(M) prints "X-squared = 30.07, df = 2, p-value = 2.954e-07".
    [Fact]
    public void Run_RChisqTestExampleM_MatchesPublishedOutput()
    {
        var result = ChiSquareTest.Run(Tables.PartyByGender())!;

        Assert.Equal(30.07, result.Statistic, 0.005);
        Assert.Equal(2, result.Df);
        Assert.Equal(2.954e-07, result.PValue, 0.0005e-07);
    }

    // Hand computation for M: n = 2757, row totals 1557 and 1200, column totals 1246, 566, 945;
    // E_11 = 1557·1246/2757 = 703.6714, E_23 = 1200·945/2757 = 411.3166.
    // With df = 2 the upper tail is exactly exp(−X²/2): X² = 30.070149095754672 → p = 2.953589183211757e-07.
    [Fact]
    public void Run_TwoDegreesOfFreedom_PIsExpOfMinusHalfStatistic()
    {
        var table = Tables.PartyByGender();
        var expected = ChiSquareTest.Expected(table);
        var result = ChiSquareTest.Run(table)!;

        Assert.Equal(703.6714, expected[0, 0], 1e-4);
        Assert.Equal(411.3166, expected[1, 2], 1e-4);
        Assert.Equal(30.070149095754672, result.Statistic, 1e-10);
        Assert.Equal(2.953589183211757e-07, result.PValue, 1e-17);
    }

    // SciPy, scipy.stats.chi2_contingency docs: obs = [[10, 10, 20], [20, 20, 20]] gives
    // statistic 2.7777777777777777, pvalue 0.24935220877729619, dof 2, expected [[12, 12, 16], [18, 18, 24]].
    [Fact]
    public void Run_SciPyChi2ContingencyExample_MatchesPublishedOutput()
    {
        var table = Tables.Make(new[,] { { 10, 10, 20 }, { 20, 20, 20 } });
        var result = ChiSquareTest.Run(table)!;
        var expected = ChiSquareTest.Expected(table);

        Assert.Equal(2.7777777777777777, result.Statistic, 1e-12);
        Assert.Equal(2, result.Df);
        Assert.Equal(0.24935220877729619, result.PValue, 1e-12);
        Assert.Equal(new double[,] { { 12, 12, 16 }, { 18, 18, 24 } }, expected);
    }

    // Hand computation, 2×2 without continuity correction: [[3, 1], [1, 3]], every E = 2,
    // X² = 4 · (1² / 2) = 2, df = 1, p = P(χ²₁ ≥ 2) = erfc(1) = 0.15729920705028513.
    [Fact]
    public void Run_TwoByTwo_HasNoContinuityCorrection()
    {
        var result = ChiSquareTest.Run(Tables.TeaTasting())!;

        Assert.Equal(2.0, result.Statistic, 1e-12);
        Assert.Equal(1, result.Df);
        Assert.Equal(0.15729920705028513, result.PValue, 1e-12);
    }

    // The upper tail is the regularised upper incomplete gamma function; where 1 − CDF does not cancel it must equal
    // MathNet's chi-square distribution.
    [Theory]
    [InlineData(2.0, 1)]
    [InlineData(3.9375, 2)]
    [InlineData(11.49, 12)]
    [InlineData(0.5, 5)]
    public void UpperTail_EqualsOneMinusMathNetChiSquaredCdf(double statistic, int df)
    {
        Assert.Equal(1 - MathNet.Numerics.Distributions.ChiSquared.CDF(df, statistic), ChiSquareTest.UpperTail(statistic, df), 1e-12);
    }

    [Fact]
    public void Run_SingleRowAfterDropping_IsNull()
    {
        var table = ContingencyTable.Create(["a", "b"], ["x", "y"], new[,] { { 2, 3 }, { 0, 0 } });

        Assert.Null(ChiSquareTest.Run(table));
    }
}
