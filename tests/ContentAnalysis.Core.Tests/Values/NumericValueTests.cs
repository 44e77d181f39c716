using System.Text;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Tests.Values;

public sealed class NumericValueTests
{
    // The rule of issue 14: invariant culture, 1, 01, 1.0 and 1e0 are one value.
    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("01", 1.0)]
    [InlineData("1.0", 1.0)]
    [InlineData("1.", 1.0)]
    [InlineData("1e0", 1.0)]
    [InlineData("10E-1", 1.0)]
    [InlineData("+1", 1.0)]
    [InlineData(" 1 ", 1.0)]
    [InlineData("-0", 0.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e154", 1e154)]
    public void TryParse_Numbers_TheirValue(string text, double expected)
    {
        Assert.True(NumericValue.TryParse(text.AsSpan(), out var value));
        Assert.Equal(expected, value);
        Assert.True(NumericValue.TryParse(Encoding.UTF8.GetBytes(text), out var fromBytes));
        Assert.Equal(expected, fromBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,000")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("yes")]
    [InlineData("3a")]
    public void TryParse_NotNumbers_False(string text)
    {
        Assert.False(NumericValue.TryParse(text.AsSpan(), out _));
        Assert.False(NumericValue.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("3.0", "3")]
    [InlineData("03", "3")]
    [InlineData("-0.0", "0")]
    [InlineData(".50", "0.5")]
    [InlineData("2.5e1", "25")]
    [InlineData("yes", "yes")]
    public void Canonical_Numbers_ShortestInvariantText(string text, string expected) =>
        Assert.Equal(expected, NumericValue.Canonical(text));

    [Fact]
    public void NumericallyEqual_ThreeAndThreePointZero_True()
    {
        Assert.True(NumericValue.NumericallyEqual("3", "3.0"));
        Assert.True(NumericValue.NumericallyEqual("1e0", "01"));
        Assert.False(NumericValue.NumericallyEqual("3", "3.1"));
        Assert.False(NumericValue.NumericallyEqual("a", "a"));
    }
}
