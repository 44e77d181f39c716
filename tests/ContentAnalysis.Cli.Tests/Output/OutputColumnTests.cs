using ContentAnalysis.Cli.Output;

namespace ContentAnalysis.Cli.Tests.Output;

public sealed class OutputColumnTests
{
    [Theory]
    [InlineData("0.819", true)]
    [InlineData("-2", true)]
    [InlineData("[0.734, 0.893]", true)]
    [InlineData("85%", true)]
    [InlineData("< .001", true)]
    [InlineData("russia_role", false)]
    [InlineData("sets (MASI)", false)]
    [InlineData("", false)]
    public void IsNumeric_NumbersAndIntervals(string cell, bool expected) => Assert.Equal(expected, OutputColumn.IsNumeric(cell));

    [Fact]
    public void Infer_TextWithSpacesWraps_NumbersAndIdsStayWhole()
    {
        Assert.True(OutputColumn.Infer("title", ["A Truce Made in Moscow", "x"]).Wraps);
        Assert.False(OutputColumn.Infer("ci", ["[0.734, 0.893]"]).Wraps);
        Assert.False(OutputColumn.Infer("p", ["< .001", "0.020"]).Wraps);
        Assert.False(OutputColumn.Infer("id", ["news-2020-10-moscow-truce"]).Wraps);
    }
}
