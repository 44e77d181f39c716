using ContentAnalysis.Core.Analysis;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class FisherExactTestTests
{
    // R, ?fisher.test: fisher.test(TeaTasting, alternative = "greater") and the text "Fisher's exact test gives p = 0.4857"
    // (two-sided). By hand: n_11 ∈ 0…4 has probabilities 1, 16, 36, 16, 1 (/70); observed 3 → (1 + 16 + 16 + 1) / 70.
    [Fact]
    public void TwoSided_TeaTasting_MatchesR()
    {
        var p = FisherExactTest.TwoSided(Tables.TeaTasting())!.Value;

        Assert.Equal(0.4857, p, 0.00005);
        Assert.Equal(34.0 / 70.0, p, 1e-12);
    }

    // SciPy, scipy.stats.fisher_exact docs (whales and sharks): [[8, 2], [1, 5]] gives pvalue 0.0349650349650350.
    // By hand: C(16, 10) = 8008 tables; n_11 = 3…9 have weights 84, 882, 2646, 2940, 1260, 189, 7; observed 8 (189);
    // those ≤ 189: 84 + 189 + 7 = 280 → 280 / 8008.
    [Fact]
    public void TwoSided_SciPyWhalesAndSharks_MatchesPublishedOutput()
    {
        var p = FisherExactTest.TwoSided(8, 2, 1, 5);

        Assert.Equal(0.034965034965034975, p, 1e-12);
        Assert.Equal(280.0 / 8008.0, p, 1e-12);
    }

    // A symmetric table: the probability of n_11 = 1 equals that of n_11 = 3 only up to rounding in floating point;
    // R's relative tolerance 1e-7 counts both. [[1, 3], [3, 1]]: weights 1, 16, 36, 16, 1 → p = 34/70.
    [Fact]
    public void TwoSided_TiesWithinTolerance_Count()
    {
        Assert.Equal(34.0 / 70.0, FisherExactTest.TwoSided(1, 3, 3, 1), 1e-12);
    }

    [Fact]
    public void TwoSided_NotTwoByTwo_IsNull()
    {
        Assert.Null(FisherExactTest.TwoSided(Tables.PartyByGender()));
    }
}
