using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KappaFamilyWeightedTests
{
    private static readonly KappaOptions Ordinal = new() { Level = LevelOfMeasurement.Ordinal };

    // Hand computation for units (1,1), (2,3), (3,3), values 1..3 (no published value):
    // π = (1/3, 1/6, 1/2), Σ π(1 − π) = 22/36 = 11/18, q(q − 1) = 6.
    // Quadratic: w(d=1) = 3/4, w(d=2) = 0 → p_a = (1 + 3/4 + 1)/3 = 11/12, T_w = 6, p_e = 11/18, AC2 = 11/14.
    // Linear: w(d=1) = 1/2 → p_a = 5/6, T_w = 5, p_e = 55/108, AC2 = 35/53.
    // Ordinal: w(d=1) = 1 − 1/3 = 2/3 → p_a = 8/9, T_w = 17/3, p_e = 187/324, AC2 = 101/137.
    [Theory]
    [InlineData(AgreementWeighting.Quadratic, 11.0 / 14.0)]
    [InlineData(AgreementWeighting.Linear, 35.0 / 53.0)]
    [InlineData(AgreementWeighting.Ordinal, 101.0 / 137.0)]
    public void GwetAc2_SmallOrdinalExample_IsHandComputedValue(AgreementWeighting weighting, double expected)
    {
        var data = KappaFixtures.FromRows(["1", "1"], ["2", "3"], ["3", "3"]);

        Assert.Equal(expected, KappaFamily.GwetAc2(data, weighting, Ordinal).Value!.Value, 1e-12);
    }

    [Fact]
    public void GwetAc2_IdentityWeights_EqualsAc1()
    {
        var data = KappaFixtures.Load("peer_irrcac_raw4raters_4x12");

        var ac2 = KappaFamily.GwetAc2(data, AgreementWeighting.Identity, Ordinal);

        Assert.Equal(KappaFamily.GwetAc1(data).Value!.Value, ac2.Value!.Value, 1e-12);
    }

    [Fact]
    public void ComputeAll_NominalLevel_WeightedCoefficientsUndefinedWithReason()
    {
        var estimates = KappaFamily.ComputeAll(KappaFixtures.Load("peer_irrcac_raw4raters_4x12"));

        foreach (var name in new[] { "gwet_ac2_linear", "gwet_ac2_quadratic", "gwet_ac2_ordinal" })
        {
            var estimate = KappaFamilyTests.Find(estimates, name);
            Assert.False(estimate.IsDefined);
            Assert.Contains("nominal", estimate.Note, StringComparison.Ordinal);
        }
    }

    // Brennan–Prediger with the codebook's q = 6 instead of the 5 values observed in raw4raters:
    // p_a = 9/11 (irrCAC), p_e = 1/6, BP = (9/11 − 1/6) / (5/6) = (54 − 11) / 55 = 43/55.
    [Fact]
    public void BrennanPrediger_CodebookCategoryCount_UsesItForChance()
    {
        var data = KappaFixtures.Load("peer_irrcac_raw4raters_4x12");

        var estimate = KappaFamily.BrennanPrediger(data, new KappaOptions { CategoryCount = 6 });

        Assert.Equal(43.0 / 55.0, estimate.Value!.Value, 1e-12);
        Assert.Equal(estimate.Value, KappaFamily.Pabak(data, new KappaOptions { CategoryCount = 6 }).Value);
    }

    // PABAK for two categories is 2·p_o − 1 (Byrt, Bishop & Carlin 1993): 3 of 4 units agree → 0.5.
    [Fact]
    public void Pabak_TwoCategories_IsTwicePoMinusOne()
    {
        var data = KappaFixtures.FromRows(["y", "y"], ["n", "n"], ["y", "y"], ["y", "n"]);

        Assert.Equal(0.5, KappaFamily.Pabak(data).Value!.Value, 1e-12);
    }

    [Fact]
    public void ComputeAll_CategoryCountBelowObserved_Throws()
    {
        var data = KappaFixtures.Load("peer_irrcac_raw4raters_4x12");

        Assert.Throws<ArgumentOutOfRangeException>(() => KappaFamily.ComputeAll(data, new KappaOptions { CategoryCount = 3 }));
    }
}
