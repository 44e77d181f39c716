using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class ReliabilityVerdictTests
{
    // Krippendorff (2004, sec. 11.4): rely on α ≥ .800, tentative conclusions for .667 ≤ α < .800; with a bootstrap,
    // "reliable" also needs q(α < .800) below the significance (default .05). Ten pairable units at least.
    [Theory]
    [InlineData(0.85, 0.01, 36, ReliabilityVerdictKind.Reliable)]
    [InlineData(0.85, 0.30, 36, ReliabilityVerdictKind.NotEstablished)]
    [InlineData(0.80, 0.049, 36, ReliabilityVerdictKind.Reliable)]
    [InlineData(0.80, 0.05, 36, ReliabilityVerdictKind.NotEstablished)]
    [InlineData(0.7999, 0.9, 36, ReliabilityVerdictKind.Tentative)]
    [InlineData(0.667, 0.99, 36, ReliabilityVerdictKind.Tentative)]
    [InlineData(0.6669, 1.0, 36, ReliabilityVerdictKind.Unreliable)]
    [InlineData(-0.2, 1.0, 36, ReliabilityVerdictKind.Unreliable)]
    [InlineData(1.0, 0.0, 9, ReliabilityVerdictKind.TooFewUnits)]
    [InlineData(1.0, 0.0, 10, ReliabilityVerdictKind.Reliable)]
    public void Of_Bootstrapped_FollowsKrippendorff(double alpha, double q, int pairable, ReliabilityVerdictKind expected)
    {
        var verdict = ReliabilityVerdict.Of(new AgreementEstimate("krippendorff_alpha", alpha, QBelow800: q), pairable);

        Assert.Equal(expected, verdict.Kind);
        Assert.False(verdict.RestsOnPointEstimate);
    }

    [Theory]
    [InlineData(0.85, ReliabilityVerdictKind.Reliable, "reliable")]
    [InlineData(0.70, ReliabilityVerdictKind.Tentative, "tentative")]
    [InlineData(0.50, ReliabilityVerdictKind.Unreliable, "unreliable")]
    public void Of_NoBootstrap_RestsOnPointEstimate(double alpha, ReliabilityVerdictKind expected, string label)
    {
        var verdict = ReliabilityVerdict.Of(new AgreementEstimate("krippendorff_alpha", alpha), 36);

        Assert.Equal(expected, verdict.Kind);
        Assert.Equal(label, verdict.Label);
        Assert.True(verdict.RestsOnPointEstimate);
        Assert.Equal("point estimate only, no bootstrap", verdict.Basis);
    }

    [Fact]
    public void Of_UndefinedAlpha_UndefinedEvenWithFewUnits()
    {
        Assert.Equal(ReliabilityVerdictKind.Undefined, ReliabilityVerdict.Of(AgreementEstimate.Undefined("krippendorff_alpha", "no variation"), 3).Kind);
        Assert.Equal(ReliabilityVerdictKind.Undefined, ReliabilityVerdict.Of(null, 40).Kind);
    }

    [Fact]
    public void Of_NotEstablished_LabelAndBasisNameTheTest()
    {
        var verdict = ReliabilityVerdict.Of(new AgreementEstimate("krippendorff_alpha", 0.819, QBelow800: 0.312), 36);

        Assert.Equal("above .800, not established", verdict.Label);
        Assert.Equal("not_established", verdict.Key);
        Assert.Equal("q(α<.800) = 0.312 ≥ 0.05", verdict.Basis);
    }

    [Fact]
    public void Of_LooserSignificance_Reliable()
    {
        Assert.Equal(ReliabilityVerdictKind.Reliable, ReliabilityVerdict.Of(new AgreementEstimate("krippendorff_alpha", 0.819, QBelow800: 0.312), 36, 0.5).Kind);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Of_SignificanceOutsideZeroOne_Throws(double significance) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReliabilityVerdict.Of(null, 40, significance));
}
