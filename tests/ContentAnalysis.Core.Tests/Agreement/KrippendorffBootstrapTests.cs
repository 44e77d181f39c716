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

    // Pinned: seed 2007 (the default) and 1,000 resamples on Krippendorff's (2011) 4 coders × 12 units, nominal.
    // Independent expectation, from the published algorithm (Hayes & Krippendorff 2007; Krippendorff's algorithm
    // note): a resample draws M = min(25·Q, 55) = 55 pairs (Q = 17 non-empty cells), each off the diagonal (δ² = 1)
    // with probability (n − Σ o_cc)/n = 8/40, so its sum of δ² is K ~ Binomial(55, 0.2) exactly and its alpha is
    // 1 − K/(55·D_e), D_e = 1216/1560. With infinitely many resamples the 2.5th/97.5th percentiles are K = 17 and
    // K = 6: [1 − 17·1560/(55·1216), 1 − 6·1560/(55·1216)] = [.6035, .8600]. Monte-Carlo tolerance for X = 1,000
    // (nearest rank: the 25th largest and the 26th smallest K), from the binomial distribution of those order
    // statistics: the lower end is K = 16, 17 or 18 (probabilities .016, .913, .072) and the upper end K = 5 or 6
    // (.41, .59); any other value has a probability below 1e-5. So each end lies within one disagreeing pair
    // (1560/(55·1216) = .0233) of the limit.
    [Fact]
    public void Estimate_Krippendorff2011NominalSeed2007_PinnedIntervalWithinMonteCarloErrorOfExactBootstrap()
    {
        const double Step = 1560.0 / (55 * 1216);

        var estimate = KrippendorffBootstrap.Estimate(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal, new KrippendorffBootstrapOptions(1000, 2007));

        // What this implementation draws with seed 2007: K = 17 and K = 5.
        Assert.Equal(0.60346889952153115, estimate.CiLow!.Value, 12);
        Assert.Equal(0.88337320574162681, estimate.CiHigh!.Value, 12);
        Assert.Contains(estimate.CiLow.Value, new[] { 16, 17, 18 }.Select(k => 1 - (k * Step)), new ToleranceComparer());
        Assert.Contains(estimate.CiHigh.Value, new[] { 5, 6 }.Select(k => 1 - (k * Step)), new ToleranceComparer());
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
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
    public void Estimate_PerfectAgreement_ResamplesOfOneValueCountAsZero()
    {
        // Three values, one unit each: o_cc = 2 of n = 6, M = 3 pairs. A resample drawing the same
        // diagonal cell three times has no variation (1 − 0/0); the algorithm scores the expected
        // X·Σ(1/3)³ = X/9 of them as 0, the rest stay 1.
        var data = KrippendorffExamples.Build(["A", "B"], [["1", "1"], ["2", "2"], ["3", "3"]]);

        var result = KrippendorffBootstrap.Run(KrippendorffAlpha.Analyze(data, LevelOfMeasurement.Nominal), new KrippendorffBootstrapOptions(9000, 5))!;

        Assert.Equal(1000, result.Alphas.Count(a => a == 0));
        Assert.Equal(8000, result.Alphas.Count(a => a == 1));
        Assert.Equal(1000.0 / 9000, result.QBelow667, 12);
        Assert.Equal(1, result.CiHigh);
    }

    [Fact]
    public void Run_OneValueOnDiagonal_NoResampleKeepsAlphaOne()
    {
        // Only value 1 is ever agreed on, so a resample without disagreement holds one value only.
        var data = KrippendorffExamples.Build(["A", "B"], [["1", "1"], ["1", "1"], ["1", "2"], ["1", "1"]]);

        var result = KrippendorffBootstrap.Run(KrippendorffAlpha.Analyze(data, LevelOfMeasurement.Nominal), new KrippendorffBootstrapOptions(1000, 5))!;

        Assert.DoesNotContain(1.0, result.Alphas);
        Assert.Contains(0.0, result.Alphas);
        Assert.All(result.Alphas, a => Assert.True(a >= -1));
    }

    [Fact]
    public void Run_ManyUnits_DrawsCappedAtTwentyFiveTimesNonEmptyCells()
    {
        // 1,000 units, two coders, values 1/2 with some disagreement: Q = 4 non-empty cells, so
        // M = min(25·4, 1000) = 100; without the cap every one of the 1,000 pairs is drawn.
        var rows = Enumerable.Range(0, 1000).Select(i => new string?[] { (i % 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (i % 7 == 0 ? 2 - (i % 2) : (i % 2) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.Build(["A", "B"], rows), LevelOfMeasurement.Nominal);

        var capped = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(200))!;
        var full = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(200, CapDraws: false))!;

        Assert.Equal(100, capped.PairsPerResample);
        Assert.Equal(1000, full.PairsPerResample);
        Assert.True(full.CiHigh - full.CiLow < capped.CiHigh - capped.CiLow);
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

    [Fact]
    public void BootstrapPairSampler_ManyDraws_FollowCoincidenceProportions()
    {
        // Cells with o = 1, 2, 0, 5 and δ² = 0, 1, 9, 10: expected δ² per draw = (2·1 + 5·10)/8 = 6.5.
        var sampler = new BootstrapPairSampler([1, 2, 0, 5], [0, 1, 9, 10]);
        var uniforms = new double[500_000];
        new MathNet.Numerics.Random.Xoshiro256StarStar(11, threadSafe: false).NextDoubles(uniforms);

        var mean = sampler.SumDeltas(uniforms, 1_000_000) / 1_000_000;

        // The standard deviation of one draw is about 4.2, so the mean of 10⁶ draws is within ±0.02.
        Assert.InRange(mean, 6.48, 6.52);
    }

    [Fact]
    public void Run_WithProgress_ReportsUpToOne()
    {
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);
        var progress = new RecordingProgress();

        KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(160), progress);

        // 160 resamples are ten chunks of 16.
        Assert.Equal(10, progress.Values.Count);
        Assert.Equal(1, progress.Values.Max());
    }

    [Fact]
    public void Run_CancelledToken_Throws()
    {
        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(1000), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Run_SetAlpha_IntervalContainsAlpha()
    {
        var data = SetReliabilityData.FromLabels(
            ["u1", "u2", "u3", "u4", "u5", "u6"],
            ["A", "B", "C"],
            [
                [["a", "b"], ["a"], ["a", "b"]],
                [["a"], ["a"], ["a"]],
                [["b"], ["c"], ["b"]],
                [["c"], ["c"], null],
                [[], [], ["c"]],
                [["b", "c"], ["b", "c"], ["b"]],
            ]);
        var analysis = KrippendorffSetAlpha.Analyze(data, SetDistanceKind.Masi);

        var result = KrippendorffBootstrap.Run(analysis, new KrippendorffBootstrapOptions(2000, 9))!;

        Assert.InRange(analysis.Estimate.Value!.Value, result.CiLow, result.CiHigh);
    }

    private sealed class RecordingProgress : IProgress<double>
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<double> _values = [];

        public System.Collections.Concurrent.ConcurrentBag<double> Values => _values;

        public void Report(double value) => _values.Add(value);
    }
}
