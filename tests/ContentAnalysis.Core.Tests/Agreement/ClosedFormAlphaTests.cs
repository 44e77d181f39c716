using System.Globalization;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class ClosedFormAlphaTests
{
    // Krippendorff (2011, section C): nominal .743, ordinal .815, interval .849, ratio .797, now through the closed form.
    [Theory]
    [InlineData(LevelOfMeasurement.Nominal, 0.743)]
    [InlineData(LevelOfMeasurement.Ordinal, 0.815)]
    [InlineData(LevelOfMeasurement.Interval, 0.849)]
    [InlineData(LevelOfMeasurement.Ratio, 0.797)]
    public void Compute_Krippendorff2011_PublishedValues(LevelOfMeasurement level, double expected)
    {
        var data = KrippendorffExamples.FourCodersTwelveUnits();

        Assert.Equal(expected, ClosedFormAlpha.Compute(data, level, UnitValueCounts.Build(data)).Value!.Value, 3);
    }

    // The closed form must equal the coincidence-matrix form (D_o, D_e as Σ o_ck δ², Σ n_c n_k δ²) on any data.
    [Theory]
    [InlineData(1, 30, 2, 5)]
    [InlineData(2, 50, 4, 3)]
    [InlineData(3, 80, 7, 12)]
    [InlineData(4, 40, 3, 200)]
    [InlineData(5, 200, 5, 4000)]
    public void Compute_RandomData_EqualsMatrixForm(int seed, int units, int coders, int values)
    {
        var data = Random(seed, units, coders, values, missingShare: 0.25);

        foreach (var level in Enum.GetValues<LevelOfMeasurement>())
        {
            var matrix = KrippendorffAlpha.Analyze(data, level).Estimate.Value!.Value;
            var closed = KrippendorffAlpha.Compute(data, level).Value!.Value;
            Assert.Equal(matrix, closed, 1e-10);
        }
    }

    [Fact]
    public void LeaveOneCoderOut_RandomData_EqualsMatrixFormWithoutTheCoder()
    {
        var data = Random(9, 60, 4, 6, missingShare: 0.2);

        var left = KrippendorffAlpha.LeaveOneCoderOut(data, LevelOfMeasurement.Interval);

        var withoutA = KrippendorffAlpha.FinishLevel("x", data, LevelOfMeasurement.Interval, CoincidenceMatrix.Build(data, excludedCoder: 0));
        Assert.Equal(withoutA.Estimate.Value!.Value, left[data.Coders[0]].Value!.Value, 1e-10);
    }

    // Scale invariance at interval and ratio level: the values times 10^300 give the same alpha, finite, never NaN.
    [Theory]
    [InlineData(LevelOfMeasurement.Interval, 1e154)]
    [InlineData(LevelOfMeasurement.Interval, 1e300)]
    [InlineData(LevelOfMeasurement.Ratio, 1e300)]
    [InlineData(LevelOfMeasurement.Ratio, 1e-300)]
    public void Compute_HugeOrTinyValues_SameAlphaAsUnscaled(LevelOfMeasurement level, double factor)
    {
        var data = KrippendorffExamples.FourCodersTwelveUnits();
        var scaled = Scale(data, factor);

        var expected = KrippendorffAlpha.Compute(data, level).Value!.Value;
        Assert.Equal(expected, KrippendorffAlpha.Compute(scaled, level).Value!.Value, 1e-9);
        Assert.Equal(expected, KrippendorffAlpha.Analyze(scaled, level).Estimate.Value!.Value, 1e-9);
    }

    [Fact]
    public void Compute_ValuesNearTheLargestDouble_Finite()
    {
        var data = KrippendorffExamples.Build(["A", "B"], [["1.7e308", "-1.7e308"], ["1e308", "1e308"], ["-1e308", "-1.5e308"]]);

        var alpha = KrippendorffAlpha.Compute(data, LevelOfMeasurement.Interval).Value!.Value;
        var viaMatrix = KrippendorffAlpha.Analyze(data, LevelOfMeasurement.Interval).Estimate.Value!.Value;

        Assert.True(double.IsFinite(alpha));
        Assert.Equal(alpha, viaMatrix, 1e-9);
        Assert.All(KappaFamily.ComputeAll(data, new KappaOptions { Level = LevelOfMeasurement.Interval }), e => Assert.True(e.Value is null || double.IsFinite(e.Value.Value)));
    }

    internal static ReliabilityData Random(int seed, int units, int coders, int values, double missingShare)
    {
        var random = new Random(seed);
        var rows = new string?[units][];
        for (var u = 0; u < units; u++)
        {
            var centre = random.Next(values);
            rows[u] = new string?[coders];
            for (var c = 0; c < coders; c++)
            {
                // Mostly near the unit's centre, so alpha is well away from zero.
                var value = random.NextDouble() < 0.7 ? centre : random.Next(values);
                rows[u][c] = random.NextDouble() < missingShare ? null : (value + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return KrippendorffExamples.Build([.. Enumerable.Range(0, coders).Select(c => "c" + c)], rows);
    }

    private static ReliabilityData Scale(ReliabilityData data, double factor) =>
        new(data.UnitIds, data.Coders, [.. data.NumericValues!.Select(v => (v * factor).ToString("R", CultureInfo.InvariantCulture))], data.Cells.ToArray(), [.. data.NumericValues!.Select(v => v * factor)]);
}
