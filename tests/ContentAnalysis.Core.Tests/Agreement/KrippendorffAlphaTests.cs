using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KrippendorffAlphaTests
{
    // Krippendorff (2011), section C: nominal .743, ordinal .815, interval .849, ratio .797.
    [Theory]
    [InlineData(LevelOfMeasurement.Nominal, 0.743, "krippendorff_alpha_nominal")]
    [InlineData(LevelOfMeasurement.Ordinal, 0.815, "krippendorff_alpha_ordinal")]
    [InlineData(LevelOfMeasurement.Interval, 0.849, "krippendorff_alpha_interval")]
    [InlineData(LevelOfMeasurement.Ratio, 0.797, "krippendorff_alpha_ratio")]
    public void Compute_Krippendorff2011FourCoders_MatchesPublishedValue(LevelOfMeasurement level, double expected, string name)
    {
        var estimate = KrippendorffAlpha.Compute(KrippendorffExamples.FourCodersTwelveUnits(), level);

        Assert.Equal(name, estimate.Name);
        Assert.NotNull(estimate.Value);
        Assert.Equal(expected, Math.Round(estimate.Value.Value, 3));
    }

    [Fact]
    public void Analyze_Krippendorff2011FourCoders_CoincidencesMatchPaper()
    {
        // The paper's coincidence matrix for values 1..5 (rows c, columns k), n_c = 9, 13, 10, 5, 3; n = 40.
        double[,] expected =
        {
            { 7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0 },
            { 4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0 },
            { 1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0 },
            { 1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0 },
            { 0, 0, 0, 0, 3 },
        };

        var analysis = KrippendorffAlpha.Analyze(KrippendorffExamples.FourCodersTwelveUnits(), LevelOfMeasurement.Nominal);
        var o = analysis.Coincidences;

        Assert.Equal(["1", "2", "3", "4", "5"], o.Values);
        for (var c = 0; c < 5; c++)
        {
            for (var k = 0; k < 5; k++)
            {
                Assert.Equal(expected[c, k], o[c, k], 12);
            }
        }

        Assert.Equal([9.0, 13, 10, 5, 3], Enumerable.Range(0, 5).Select(o.Marginal).Select(x => Math.Round(x, 12)));
        Assert.Equal(40, o.Total, 12);
        Assert.Equal(11, o.PairableUnits);

        // Nominal: D_o = (n − Σ o_cc)/n = 8/40; D_e = (n² − Σ n_c²)/(n(n − 1)) = 1216/1560.
        Assert.Equal(8.0 / 40, analysis.ObservedDisagreement!.Value, 12);
        Assert.Equal(1216.0 / 1560, analysis.ExpectedDisagreement!.Value, 12);
        Assert.Equal(904.0 / 1216, analysis.Estimate.Value!.Value, 12);
    }

    [Fact]
    public void Compute_Krippendorff2011Binary_MatchesPublishedValue()
    {
        // Krippendorff (2011), section A: alpha = 1 − (n − 1) o_01/(n_0 n_1) = 1 − 19·4/(14·6) = .095.
        var estimate = KrippendorffAlpha.Compute(KrippendorffExamples.TwoCodersBinary(), LevelOfMeasurement.Nominal);

        Assert.Equal(1 - (19.0 * 4 / (14 * 6)), estimate.Value!.Value, 12);
        Assert.Equal(0.095, Math.Round(estimate.Value.Value, 3));
    }

    // Hand computation from the paper's coincidence matrix (Krippendorff 2011, section C; see the test above):
    // off-diagonal o_ck for c < k: o_12 = 4/3, o_13 = 1/3, o_14 = 1/3, o_23 = 4/3, o_24 = 1/3, o_34 = 1/3, the rest 0;
    // n_c = 9, 13, 10, 5, 3; n = 40. α = 1 − D_o/D_e, D_o = Σ_ck o_ck δ²_ck / n, D_e = Σ_ck n_c n_k δ²_ck / (n(n − 1)).
    // δ² = (c − k)²: Σ_c<k o δ² = 4/3 + 4/3 + 9/3 + 4/3 + 4/3 + 1/3 = 26/3, so D_o = 2·(26/3)/40 = 13/30;
    //   Σ_c<k n_c n_k δ² = 117 + 360 + 405 + 432 + 130 + 260 + 351 + 50 + 120 + 15 = 2240, so D_e = 4480/1560;
    //   α = 1 − (13/30)(1560/4480) = 951/1120 = .8491 (the paper's interval alpha, .849).
    // δ² = |c − k| (no built-in level): Σ_c<k o δ² = 4/3 + 2/3 + 3/3 + 4/3 + 2/3 + 1/3 = 16/3, so D_o = 4/15;
    //   Σ_c<k n_c n_k δ² = 117 + 180 + 135 + 108 + 130 + 130 + 117 + 50 + 60 + 15 = 1042, so D_e = 2084/1560;
    //   α = 1 − (4/15)(1560/2084) = 417/521 = .8004.
    public static TheoryData<string, double> CustomDistances => new()
    {
        { "squared", 951.0 / 1120 },
        { "absolute", 417.0 / 521 },
    };

    [Theory]
    [MemberData(nameof(CustomDistances))]
    public void Compute_CustomFunction_MatchesHandComputation(string distance, double expected)
    {
        Func<double, double, double> deltaSquared = distance == "squared" ? (a, b) => (a - b) * (a - b) : (a, b) => Math.Abs(a - b);

        var custom = KrippendorffAlpha.Compute(KrippendorffExamples.FourCodersTwelveUnits(), deltaSquared);

        Assert.Equal(KrippendorffAlpha.CustomName, custom.Name);
        Assert.Equal(expected, custom.Value!.Value, 12);
    }

    // Nominal: 904/1216 (the paper's .743, arithmetic in Analyze_Krippendorff2011FourCoders_CoincidencesMatchPaper);
    // |c − k| as a matrix over the value codes 1..5: 417/521, as computed above.
    [Theory]
    [InlineData("nominal", 904.0 / 1216)]
    [InlineData("absolute", 417.0 / 521)]
    public void Compute_DistanceMatrix_MatchesHandComputation(string distance, double expected)
    {
        var matrix = new double[5, 5];
        for (var c = 0; c < 5; c++)
        {
            for (var k = 0; k < 5; k++)
            {
                matrix[c, k] = distance == "nominal" ? (c == k ? 0 : 1) : Math.Abs(c - k);
            }
        }

        Assert.Equal(expected, KrippendorffAlpha.Compute(KrippendorffExamples.FourCodersTwelveUnits(), matrix).Value!.Value, 12);
    }

    [Fact]
    public void Compute_DistanceMatrixWrongSize_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(KrippendorffExamples.TwoCodersBinary(), new double[3, 3]));

        Assert.Contains("2 × 2", error.Message, StringComparison.Ordinal);
    }

    // Units (1, −1, 1), (−1, 1, −1), (2, 2, 2), (3, 3, 3): the first two disagree, but 1 + (−1) = 0 made the
    // ratio distance 0 and alpha came out as 1. Ratio data have an absolute zero; negatives are undefined.
    [Fact]
    public void Compute_NegativeValueAtRatioLevel_UndefinedWithReason()
    {
        var data = KrippendorffExamples.Build(["A", "B", "C"], [["1", "-1", "1"], ["-1", "1", "-1"], ["2", "2", "2"], ["3", "3", "3"]]);

        var ratio = KrippendorffAlpha.Compute(data, LevelOfMeasurement.Ratio);
        var withoutEach = KrippendorffAlpha.LeaveOneCoderOut(data, LevelOfMeasurement.Ratio);
        var bootstrapped = KrippendorffBootstrap.Estimate(data, LevelOfMeasurement.Ratio, new KrippendorffBootstrapOptions(100, 1));

        Assert.Null(ratio.Value);
        Assert.Contains("negative", ratio.Note, StringComparison.Ordinal);
        Assert.Null(bootstrapped.Value);
        Assert.Null(bootstrapped.CiLow);
        Assert.All(withoutEach.Values, e => Assert.Null(e.Value));
        Assert.NotNull(KrippendorffAlpha.Compute(data, LevelOfMeasurement.Interval).Value);
    }

    [Theory]
    [InlineData(LevelOfMeasurement.Interval)]
    [InlineData(LevelOfMeasurement.Ratio)]
    public void Compute_NonNumericAtMetricLevel_ThrowsNamingValue(LevelOfMeasurement level)
    {
        var data = KrippendorffExamples.Build(["A", "B"], [["low", "high"], ["high", "high"]]);

        var error = Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(data, level));

        Assert.Contains("'high'", error.Message, StringComparison.Ordinal);
    }
}
