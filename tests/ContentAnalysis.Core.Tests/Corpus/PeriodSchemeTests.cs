using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class PeriodSchemeTests
{
    [Theory]
    [InlineData("2020-09-26", "prewar")]
    [InlineData("2020-09-27", "war")]
    [InlineData("2020-11-10", "war")]
    [InlineData("2020-11-11", "postwar")]
    [InlineData("2022-02-23", "postwar")]
    [InlineData("2022-02-24", "ukraine_war")]
    [InlineData("1991-01-01", "prewar")]
    public void PeriodOf_Boundaries_NamesPeriod(string date, string expected) =>
        Assert.Equal(expected, PeriodScheme.Default.PeriodOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Constructor_DecreasingStarts_Throws() =>
        Assert.Throws<ArgumentException>(() => new PeriodScheme([("a", new DateOnly(2021, 1, 1)), ("b", new DateOnly(2020, 1, 1))]));
}
