using ContentAnalysis.Core.Agreement;
using MathNet.Numerics.Distributions;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class PercentAgreementIntervalTests
{
    // Two coders, three units (a,b), (a,b), (a,a): p_a = 1/3; the per-unit agreements are 0, 0, 1, so
    // Σ(p_i − p_a)² = 1/9 + 1/9 + 4/9 = 2/3 and se = √((2/3) / (3·2)) = 1/3 (Gwet 2014, ch. 5). The t interval
    // 1/3 ± t(.975; 2)·1/3 = 1/3 ± 1.434 would reach −1.10; a proportion's interval stops at 0 (irrCAC clips too).
    [Fact]
    public void PercentAgreement_WideInterval_ClippedToZeroOne()
    {
        var data = ReliabilityData.FromLabels(["u1", "u2", "u3"], ["A", "B"], [["a", "b"], ["a", "b"], ["a", "a"]]);

        var estimate = KappaFamily.PercentAgreement(data);

        Assert.Equal(1.0 / 3, estimate.Value!.Value, 1e-12);
        Assert.Equal(1.0 / 3, estimate.StandardError!.Value, 1e-12);
        Assert.True((1.0 / 3) - (StudentT.InvCDF(0, 1, 2, 0.975) / 3) < -1, "the unclipped bound would leave [−1, 1] even");
        Assert.Equal(0.0, estimate.CiLow);
        Assert.Equal(1.0, estimate.CiHigh);
    }

    // A chance-corrected coefficient may be negative, so its interval keeps the [−1, 1] clip.
    [Fact]
    public void CohenKappa_SameData_IntervalMayGoBelowZero()
    {
        var data = ReliabilityData.FromLabels(["u1", "u2", "u3"], ["A", "B"], [["a", "b"], ["a", "b"], ["a", "a"]]);

        var estimate = KappaFamily.ComputeAll(data).Single(e => e.Name == "brennan_prediger");

        Assert.True(estimate.CiLow < 0);
        Assert.True(estimate.CiLow >= -1);
    }
}
