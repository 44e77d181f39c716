using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KrippendorffSetAlphaTests
{
    // Two coders, four units: u1 {a,b}/{a}, u2 {a}/{a}, u3 {b}/{c}, u4 {c}/{c}.
    // Distinct sets S1 = {a,b}, S2 = {a}, S3 = {b}, S4 = {c}; every unit has m = 2, weight 1.
    // Coincidences: o(S1,S2) = o(S2,S1) = 1, o(S2,S2) = 2, o(S3,S4) = o(S4,S3) = 1, o(S4,S4) = 2;
    // n = 8 and n_S = 1, 3, 1, 3.
    // Jaccard: d(S1,S2) = d(S1,S3) = 1/2, all other pairs are disjoint, d = 1.
    //   D_o = (2·½ + 2·1)/8 = 3/8;  D_e = 2·(3·½ + 1·½ + 3 + 3 + 9 + 3)/(8·7) = 40/56 = 5/7;
    //   alpha = 1 − (3/8)/(5/7) = 19/40.
    // MASI: d(S1,S2) = d(S1,S3) = 1 − ½·⅔ = 2/3 (nested sets), disjoint pairs d = 1.
    //   D_o = (2·⅔ + 2·1)/8 = 5/12;  D_e = 2·(3·⅔ + 1·⅔ + 18)/56 = 31/42;
    //   alpha = 1 − (5/12)/(31/42) = 27/62.
    private static SetReliabilityData Example() => SetReliabilityData.FromLabels(
        ["u1", "u2", "u3", "u4"],
        ["A", "B"],
        [
            [["a", "b"], ["a"]],
            [["a"], ["a"]],
            [["b"], ["c"]],
            [["c"], ["c"]],
        ],
        ["a", "b", "c"]);

    [Fact]
    public void Compute_Jaccard_MatchesHandComputation()
    {
        var estimate = KrippendorffSetAlpha.Compute(Example(), SetDistanceKind.Jaccard);

        Assert.Equal("krippendorff_alpha_jaccard", estimate.Name);
        Assert.Equal(19.0 / 40, estimate.Value!.Value, 12);
    }

    [Fact]
    public void Compute_Masi_MatchesHandComputation()
    {
        var analysis = KrippendorffSetAlpha.Analyze(Example(), SetDistanceKind.Masi);

        Assert.Equal("krippendorff_alpha_masi", analysis.Estimate.Name);
        Assert.Equal(27.0 / 62, analysis.Estimate.Value!.Value, 12);
        Assert.Equal(5.0 / 12, analysis.ObservedDisagreement!.Value, 12);
        Assert.Equal(31.0 / 42, analysis.ExpectedDisagreement!.Value, 12);
        Assert.Equal(["{a, b}", "{a}", "{b}", "{c}"], analysis.Coincidences.Values);
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2 }, 0.0, 0.0)]
    [InlineData(new[] { 1, 2 }, new[] { 1 }, 2.0 / 3, 0.5)]
    [InlineData(new[] { 1, 2 }, new[] { 2, 3 }, 1 - (1.0 / 3 / 3), 2.0 / 3)]
    [InlineData(new[] { 1 }, new[] { 2 }, 1.0, 1.0)]
    [InlineData(new int[0], new int[0], 0.0, 0.0)]
    [InlineData(new int[0], new[] { 2 }, 1.0, 1.0)]
    public void SetDistance_Pairs_MatchDefinitions(int[] a, int[] b, double masi, double jaccard)
    {
        Assert.Equal(masi, SetDistance.Masi(a, b), 12);
        Assert.Equal(jaccard, SetDistance.Jaccard(a, b), 12);
        Assert.Equal(masi, SetDistance.Masi(b, a), 12);
    }

    [Fact]
    public void PerCategory_Example_MatchesHandComputedBinaryAlphas()
    {
        // a: present for both coders in u1, u2 and absent in u3, u4 → 1.
        // b: 1/0, 0/0, 1/0, 0/0 → n_1 = 2, n_0 = 6, o_01 = 2: 1 − 7·2/(6·2) = −1/6.
        // c: 0/0, 0/0, 0/1, 1/1 → n_1 = 3, n_0 = 5, o_01 = 1: 1 − 7·1/(5·3) = 8/15.
        var result = KrippendorffSetAlpha.PerCategory(Example());

        Assert.Equal(["a", "b", "c"], result.Keys);
        Assert.Equal(1, result["a"].Value!.Value, 12);
        Assert.Equal(-1.0 / 6, result["b"].Value!.Value, 12);
        Assert.Equal(8.0 / 15, result["c"].Value!.Value, 12);
    }

    [Fact]
    public void PerCategory_EqualsNominalAlphaOfZeroOneMatrix()
    {
        var manual = KrippendorffExamples.Build(["A", "B"], [["0", "0"], ["0", "0"], ["0", "1"], ["1", "1"]]);

        Assert.Equal(
            KrippendorffAlpha.Compute(manual, LevelOfMeasurement.Nominal).Value!.Value,
            KrippendorffSetAlpha.PerCategory(Example())["c"].Value!.Value,
            12);
    }

    [Fact]
    public void ForCategory_EmptySetIsAbsentAndMissingStaysMissing()
    {
        var data = SetReliabilityData.FromLabels(["u1"], ["A", "B", "C"], [[[], null, ["x"]]], ["x"]);

        var binary = data.ForCategory(0);

        Assert.Equal(0, binary[0, 0]);
        Assert.Equal(ReliabilityData.Missing, binary[0, 1]);
        Assert.Equal(1, binary[0, 2]);
    }

    [Fact]
    public void Compute_EmptySetsAgree_MissingNotPaired()
    {
        // u1: both coders found no category (agreement on the empty set); u2: one coder missing.
        var data = SetReliabilityData.FromLabels(
            ["u1", "u2", "u3"],
            ["A", "B"],
            [[[], []], [["x"], null], [["x"], ["x"]]],
            ["x"]);

        var analysis = KrippendorffSetAlpha.Analyze(data, SetDistanceKind.Masi);

        Assert.Equal(1, analysis.Estimate.Value);
        Assert.Equal(2, analysis.Coincidences.PairableUnits);
    }

    [Fact]
    public void PerCategory_UnusedCategory_UndefinedWithReason()
    {
        var data = SetReliabilityData.FromLabels(["u1", "u2"], ["A", "B"], [[["x"], ["x"]], [[], ["x"]]], ["x", "never"]);

        var estimate = KrippendorffSetAlpha.PerCategory(data)["never"];

        Assert.False(estimate.IsDefined);
        Assert.NotNull(estimate.Note);
    }

    [Fact]
    public void FromLabels_UnknownCategory_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SetReliabilityData.FromLabels(["u1"], ["A"], [[["y"]]], ["x"]));

        Assert.Contains("'y'", error.Message, StringComparison.Ordinal);
    }
}
