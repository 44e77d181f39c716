using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class PeriodSchemeTests
{
    // The example study's periods as qcat.yaml declares them (the war of 27 September to 10 November 2020,
    // and Russia's invasion of Ukraine on 24 February 2022).
    internal static readonly PeriodScheme Study = new(
    [
        new Period("prewar", "Before the 2020 war", new DateOnly(1994, 5, 12)),
        new Period("war", "The 44-day war", new DateOnly(2020, 9, 27)),
        new Period("postwar", "After the ceasefire", new DateOnly(2020, 11, 11)),
        new Period("ukraine_war", "Since the invasion of Ukraine", new DateOnly(2022, 2, 24)),
    ]);

    [Theory]
    [InlineData("2020-09-26", "prewar")]
    [InlineData("2020-09-27", "war")]
    [InlineData("2020-11-10", "war")]
    [InlineData("2020-11-11", "postwar")]
    [InlineData("2022-02-23", "postwar")]
    [InlineData("2022-02-24", "ukraine_war")]
    [InlineData("2024-06-01", "ukraine_war")]
    [InlineData("1994-05-12", "prewar")]
    [InlineData("1994-05-11", "")]
    public void PeriodOf_Boundaries_NamesLastPeriodStartedOnOrBeforeTheDate(string date, string expected) =>
        Assert.Equal(expected, Study.PeriodOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void PeriodOf_NoPeriods_AssignsNone() =>
        Assert.Equal(string.Empty, PeriodScheme.None.PeriodOf(new DateOnly(2024, 1, 1)));

    [Fact]
    public void Contains_DeclaredAndUndeclared_Answers()
    {
        Assert.True(Study.Contains("war"));
        Assert.False(Study.Contains("campaign"));
        Assert.False(PeriodScheme.None.Contains("war"));
    }

    [Fact]
    public void Constructor_DecreasingStarts_Throws() =>
        Assert.Throws<ArgumentException>(() => new PeriodScheme([new Period("a", string.Empty, new DateOnly(2021, 1, 1)), new Period("b", string.Empty, new DateOnly(2020, 1, 1))]));
}
