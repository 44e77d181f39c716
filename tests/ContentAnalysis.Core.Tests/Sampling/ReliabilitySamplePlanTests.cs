using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Tests.Sampling;

public sealed class ReliabilitySamplePlanTests
{
    // Krippendorff's table of minimum sample sizes (2004, §11.4.3; reprinted 2019) as quoted in the ATLAS.ti 8
    // manual "Inter-Coder Agreement Analysis" (2019, "Sample size"): with 4 equally likely codes (p_c = .25) at
    // significance .05, alpha_min .800 needs 139 and alpha_min .667 needs 81.
    [Theory]
    [InlineData(0.800, 0.05, 4, 139)]
    [InlineData(0.667, 0.05, 4, 81)]
    public void Compute_BookTable_SameUnits(double alphaMin, double significance, int categories, int expected) =>
        Assert.Equal(expected, ReliabilitySamplePlan.Compute(alphaMin, significance, categories).Units);

    // By hand from N = 2z²((1+α)(3−α)/(4(1−α)p(1−p)) − α): α .800, z(.05) = 1.6449, p = .5 →
    // 2 · 2.7055 · (3.96/0.2 − 0.8) = 5.4110 · 19 = 102.8 → 103; a rarer smallest category needs more units.
    [Fact]
    public void Compute_SmallestShare_ByHandAndMonotone()
    {
        Assert.Equal(103, ReliabilitySamplePlan.Compute(0.8, 0.05, 2).Units);
        Assert.True(ReliabilitySamplePlan.Compute(0.8, 0.05, 4, 0.1).Units > ReliabilitySamplePlan.Compute(0.8, 0.05, 4).Units);
        Assert.True(ReliabilitySamplePlan.Compute(0.8, 0.01, 4).Units > ReliabilitySamplePlan.Compute(0.8, 0.05, 4).Units);
    }

    [Theory]
    [InlineData(1.0, 0.05, 4, null)]
    [InlineData(0.8, 0.5, 4, null)]
    [InlineData(0.8, 0.05, 1, null)]
    [InlineData(0.8, 0.05, 4, 0.3)]
    public void Compute_OutOfRange_QCA6040(double alphaMin, double significance, int categories, double? share)
    {
        var error = Assert.Throws<InputException>(() => ReliabilitySamplePlan.Compute(alphaMin, significance, categories, share));

        Assert.Equal(SamplingDiagnostics.BadPlan, error.Diagnostics[0].Code);
    }
}
