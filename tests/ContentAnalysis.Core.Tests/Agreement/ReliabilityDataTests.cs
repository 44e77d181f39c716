using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class ReliabilityDataTests
{
    [Fact]
    public void FromLabels_NumericLabels_OrderedNumericallyWithMissingCells()
    {
        var data = ReliabilityData.FromLabels(
            ["u1", "u2"],
            ["a", "b"],
            [["10", "2"], [null, "-1"]]);

        Assert.Equal(["-1", "2", "10"], data.Values);
        Assert.Equal([-1.0, 2.0, 10.0], data.NumericValues!);
        Assert.Equal(2, data[0, 0]);
        Assert.Equal(ReliabilityData.Missing, data[1, 0]);
        Assert.Equal(0, data[1, 1]);
    }

    [Fact]
    public void FromLabels_TextLabelsWithOrder_FollowGivenOrder()
    {
        var data = ReliabilityData.FromLabels(["u1"], ["a", "b"], [["high", "low"]], ["low", "mid", "high"]);

        Assert.Equal(["low", "high"], data.Values);
        Assert.Null(data.NumericValues);
        Assert.Equal(1, data[0, 0]);
    }

    [Fact]
    public void Constructor_CellOutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReliabilityData(["u"], ["a"], ["x"], [1], null));
    }

    // Issue 14: a pandas column with a missing value writes 3.0 where another coder's column has 3.
    [Fact]
    public void FromLabels_EqualNumbersWrittenDifferently_OneValue()
    {
        var data = ReliabilityData.FromLabels(["u1", "u2", "u3"], ["A", "B"], [["3", "3.0"], ["1", "01"], ["2", "2e0"]]);

        Assert.Equal(["1", "2", "3"], data.Values);
        Assert.Equal([1.0, 2.0, 3.0], data.NumericValues!);
        Assert.Equal(1.0, KrippendorffAlpha.Compute(data, LevelOfMeasurement.Nominal).Value);
    }

    [Fact]
    public void FromLabels_NumbersMixedWithLabels_ComparedAsText()
    {
        var data = ReliabilityData.FromLabels(["u1", "u2"], ["A", "B"], [["01", "1"], ["other", "1"]]);

        Assert.Equal(["01", "1", "other"], data.Values);
        Assert.Null(data.NumericValues);
    }
}
