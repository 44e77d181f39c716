using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class HolmAdjustmentTests
{
    // Holm (1979) as R's p.adjust(p, "holm"), by hand for p = 0.01, 0.04, 0.03, 0.005 (m = 4):
    // sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.06;
    // back in input order: 0.03, 0.06, 0.06, 0.02.
    [Fact]
    public void Adjust_FourTests_MatchesHandComputation()
    {
        var adjusted = HolmAdjustment.Adjust([0.01, 0.04, 0.03, 0.005]);

        double[] expected = [0.03, 0.06, 0.06, 0.02];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], adjusted[i]!.Value, 1e-12);
        }
    }

    // Null (no test) stays null and does not count, so m = 2: 0.01·2 = 0.02, 0.6·1 = 0.6.
    // Capped at 1: 0.7·2 = 1.4 → 1, 0.8·1 = 0.8 → running max 1.
    [Fact]
    public void Adjust_NullsAndCap_AreHandled()
    {
        var adjusted = HolmAdjustment.Adjust([0.6, null, 0.01]);
        var capped = HolmAdjustment.Adjust([0.7, 0.8]);

        Assert.Equal(0.6, adjusted[0]!.Value, 1e-12);
        Assert.Null(adjusted[1]);
        Assert.Equal(0.02, adjusted[2]!.Value, 1e-12);
        Assert.Equal([1.0, 1.0], capped);
    }
}
