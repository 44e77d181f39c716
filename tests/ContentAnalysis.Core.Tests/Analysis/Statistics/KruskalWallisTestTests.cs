using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class KruskalWallisTestTests
{
    // R, ?kruskal.test (Hollander & Wolfe 1973, p. 116, mucociliary efficiency):
    // "Kruskal-Wallis chi-squared = 0.77143, df = 2, p-value = 0.68".
    [Fact]
    public void Run_RKruskalTestExample_MatchesPublishedOutput()
    {
        var result = KruskalWallisTest.Run([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]])!;

        Assert.Equal(0.77143, result.Statistic, 0.000005);
        Assert.Equal(2, result.Df);
        Assert.Equal(0.68, result.PValue, 0.005);
    }

    // SciPy, scipy.stats.mstats.kruskal docs (batteries; ties at 6.1 and 6.9):
    // KruskalResult(statistic=7.113812154696133, pvalue=0.028526948491942164).
    [Fact]
    public void Run_SciPyBatteriesWithTies_MatchesPublishedOutput()
    {
        var result = KruskalWallisTest.Run([[6.3, 5.4, 5.7, 5.2, 5.0], [6.9, 7.0, 6.1, 7.9], [7.2, 6.9, 6.1, 6.5]])!;

        Assert.Equal(7.113812154696133, result.Statistic, 1e-10);
        Assert.Equal(0.028526948491942164, result.PValue, 1e-12);
    }

    // SciPy, scipy.stats.kruskal docs: x = [1, 3, 5, 7, 9], y = [2, 4, 6, 8, 10] gives
    // statistic=0.2727272727272734, pvalue=0.6015081344405895; and x = [1, 1, 1], y = [2, 2, 2], z = [2, 2]
    // (nothing but ties) gives statistic=7.0, pvalue=0.0301973834223185.
    [Theory]
    [InlineData(new[] { 1.0, 3, 5, 7, 9 }, new[] { 2.0, 4, 6, 8, 10 }, null, 0.2727272727272734, 0.6015081344405895)]
    [InlineData(new[] { 1.0, 1, 1 }, new[] { 2.0, 2, 2 }, new[] { 2.0, 2 }, 7.0, 0.0301973834223185)]
    public void Run_SciPyKruskalExamples_MatchPublishedOutput(double[] x, double[] y, double[]? z, double statistic, double p)
    {
        IReadOnlyList<IReadOnlyList<double>> groups = z is null ? [x, y] : [x, y, z];

        var result = KruskalWallisTest.Run(groups)!;

        Assert.Equal(statistic, result.Statistic, 1e-10);
        Assert.Equal(p, result.PValue, 1e-12);
    }

    [Fact]
    public void Run_AllValuesEqualOrOneGroup_IsNull()
    {
        Assert.Null(KruskalWallisTest.Run([[1.0, 1], [1.0, 1, 1]]));
        Assert.Null(KruskalWallisTest.Run([[1.0, 2], []]));
    }
}
