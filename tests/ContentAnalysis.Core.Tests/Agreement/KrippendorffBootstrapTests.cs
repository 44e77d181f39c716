using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KrippendorffBootstrapTests
{
    [Fact]
    public void Run_SameSeedTwice_GivesIdenticalDistribution()
    {
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);
        var options = new KrippendorffBootstrapOptions(Resamples: 2000, Seed: 42);

        var first = KrippendorffBootstrap.Run(analysis, options)!;
        var second = KrippendorffBootstrap.Run(analysis, options)!;

        Assert.Equal(first.Alphas, second.Alphas);
        Assert.Equal(first with { Alphas = [] }, second with { Alphas = [] });
    }

    [Fact]
    public void Run_DifferentDegreesOfParallelism_GiveIdenticalDistribution()
    {
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Interval);

        var single = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(1003, 7, MaxDegreeOfParallelism: 1))!;
        var many = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(1003, 7, MaxDegreeOfParallelism: 4))!;

        Assert.Equal(single.Alphas, many.Alphas);
        Assert.Equal(single.CiLow, many.CiLow);
        Assert.Equal(single.CiHigh, many.CiHigh);
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentDistributions()
    {
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);

        var a = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(500, 1))!;
        var b = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(500, 2))!;

        Assert.NotEqual(a.Alphas, b.Alphas);
    }

    [Theory]
    [InlineData(LevelOfMeasurement.Nominal)]
    [InlineData(LevelOfMeasurement.Ordinal)]
    [InlineData(LevelOfMeasurement.Interval)]
    [InlineData(LevelOfMeasurement.Ratio)]
    public void Estimate_Krippendorff2011Example_IntervalContainsAlphaAndQsAreOrdered(LevelOfMeasurement level)
    {
        var estimate = KrippendorffBootstrap.Estimate(KrippendorffExamples.FourCodersTwelveUnits(), level);

        Assert.InRange(estimate.Value!.Value, estimate.CiLow!.Value, estimate.CiHigh!.Value);
        Assert.True(estimate.CiLow < estimate.CiHigh);

        // A smaller threshold can only have fewer resampled alphas below it.
        Assert.InRange(estimate.QBelow667!.Value, 0, estimate.QBelow800!.Value);
        Assert.InRange(estimate.QBelow800!.Value, 0, 1);
        Assert.True(estimate.StandardError > 0);
    }

    [Fact]
    public void Run_Krippendorff2011Example_DrawsOnePairPerPairOfValues()
    {
        // m_u = 3, 4×8, 3, 2 for the eleven pairable units: 3 + 8·6 + 3 + 1 = 55 pairs.
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);

        var result = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(100))!;

        Assert.Equal(55, result.PairsPerResample);
        Assert.Equal(100, result.Alphas.Count);
    }

    [Fact]
    public void Run_ResampledAlphasAverageNearAlpha()
    {
        // Each draw's expected δ² is D_o, so the resampled alphas centre on alpha itself.
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);

        var result = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(20_000, 3))!;

        Assert.Equal(analysis.Estimate.Value!.Value, result.Alphas.Average(), 2);
    }

    [Fact]
    public void Estimate_PerfectAgreement_DegenerateIntervalAtOne()
    {
        var data = KrippendorffExamples.Build(["A", "B"], [["1", "1"], ["2", "2"], ["3", "3"]]);

        var estimate = KrippendorffBootstrap.Estimate(data, LevelOfMeasurement.Nominal);

        Assert.Equal(1, estimate.Value);
        Assert.Equal(1, estimate.CiLow);
        Assert.Equal(1, estimate.CiHigh);
        Assert.Equal(0, estimate.QBelow800);
    }

    [Fact]
    public void Estimate_UndefinedAlpha_ReturnsReasonWithoutInterval()
    {
        var data = KrippendorffExamples.Build(["A", "B"], [["1", null], [null, "2"]]);

        var estimate = KrippendorffBootstrap.Estimate(data, LevelOfMeasurement.Nominal);

        Assert.False(estimate.IsDefined);
        Assert.Null(estimate.CiLow);
        Assert.NotNull(estimate.Note);
    }

    [Fact]
    public void Run_TooFewResamples_Throws()
    {
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.TwoCodersBinary(), LevelOfMeasurement.Nominal);

        Assert.Throws<ArgumentException>(() => KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(10)));
    }

    [Fact]
    public void Percentile_NearestRank_PicksExpectedOrderStatistics()
    {
        var sorted = Enumerable.Range(1, 1000).Select(i => (double)i).ToArray();

        Assert.Equal(25, KrippendorffBootstrap.Percentile(sorted, 0.025));
        Assert.Equal(975, KrippendorffBootstrap.Percentile(sorted, 0.975));
    }
}
