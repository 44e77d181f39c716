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

    // Hand computation, same three units, quadratic weights (w(d=1) = 3/4, w(d=2) = 0), p_a = 11/12:
    // Cohen (1968): coder marginals (1/3, 1/3, 1/3) and (1/3, 0, 2/3), p_e = (1/3)(1/3 + 3/4 + 2/3) = 7/12, κ_w = 4/5.
    // Fleiss: π = (1/3, 1/6, 1/2), Wπ = (11/24, 19/24, 5/8), p_e = π·Wπ = 43/72, κ_w = 23/29.
    // Brennan–Prediger: p_e = T_w / q² = 6/9, κ_w = (11/12 − 8/12) / (4/12) = 3/4.
    [Theory]
    [InlineData("percent_agreement_quadratic", 11.0 / 12.0)]
    [InlineData("cohen_kappa_quadratic", 4.0 / 5.0)]
    [InlineData("conger_kappa_quadratic", 4.0 / 5.0)]
    [InlineData("fleiss_kappa_quadratic", 23.0 / 29.0)]
    [InlineData("gwet_ac2_quadratic", 11.0 / 14.0)]
    [InlineData("brennan_prediger_quadratic", 3.0 / 4.0)]
    public void ComputeWeighted_SmallOrdinalExample_IsHandComputedValue(string name, double expected)
    {
        var data = KappaFixtures.FromRows(["1", "1"], ["2", "3"], ["3", "3"]);

        var estimate = KappaFamilyTests.Find(KappaFamily.ComputeWeighted(data, AgreementWeighting.Quadratic, Ordinal), name);

        Assert.Equal(expected, estimate.Value!.Value, 1e-12);
    }

    // Gwet's irrCAC vignette "Weighted Chance-corrected Agreement Coefficients" (2019), raw ratings
    // cac.raw4raters with weights = "quadratic" (pa.coeff.raw, gwet.ac1.raw, fleiss.kappa.raw,
    // conger.kappa.raw, bp.coeff.raw): coefficient and standard error (5 decimals), interval (3 decimals), p-value.
    [Theory]
    [InlineData("percent_agreement_quadratic", 0.9753788, 0.09062, 0.776, 1.0, 3.526377e-07)]
    [InlineData("gwet_ac2_quadratic", 0.914, 0.10396, 0.685, 1.0, 2.634438e-06)]
    [InlineData("fleiss_kappa_quadratic", 0.86494, 0.14603, 0.544, 1.0, 9.976081e-05)]
    [InlineData("conger_kappa_quadratic", 0.85771, 0.14367, 0.541, 1.0, 9.319979e-05)]
    [InlineData("brennan_prediger_quadratic", 0.90152, 0.11089, 0.657, 1.0, 5.60548e-06)]
    public void ComputeWeighted_IrrCacRaw4RatersQuadratic_MatchesPublishedOutput(string name, double value, double se, double low, double high, double p)
    {
        var estimates = KappaFamily.ComputeWeighted(KappaFixtures.Load("peer_irrcac_raw4raters_4x12"), AgreementWeighting.Quadratic, Ordinal);

        var estimate = KappaFamilyTests.Find(estimates, name);

        Assert.Equal(value, estimate.Value!.Value, 5e-6);
        Assert.Equal(se, estimate.StandardError!.Value, 5e-6);
        Assert.Equal(low, estimate.CiLow!.Value, 5e-4);
        Assert.Equal(high, estimate.CiHigh!.Value, 5e-4);
        Assert.Equal(p, estimate.PValue!.Value, p * 1e-5);
    }

    // Same vignette, distribution of raters distrib.6raters (the first 15 patients of Fleiss 1971) with
    // quadratic.weights(1:q), i.e. ranks 1..5 of the five diagnoses (gwet.ac1.dist, fleiss.kappa.dist, bp.coeff.dist).
    [Theory]
    [InlineData("gwet_ac2_quadratic", 0.4837438, 0.1058227, 0.257, 0.711, 0.0004356618)]
    [InlineData("fleiss_kappa_quadratic", 0.2511909, 0.1457381, -0.061, 0.564, 0.1067865)]
    [InlineData("brennan_prediger_quadratic", 0.4177778, 0.1067493, 0.189, 0.647, 0.001559352)]
    public void ComputeWeighted_IrrCacDistrib6RatersQuadratic_MatchesPublishedOutput(string name, double value, double se, double low, double high, double p)
    {
        var estimates = KappaFamily.ComputeWeighted(KappaFixtures.Load("peer_irr_diagnoses_6x30", firstUnits: 15), AgreementWeighting.Quadratic, Ordinal);

        var estimate = KappaFamilyTests.Find(estimates, name);

        Assert.Equal(value, estimate.Value!.Value, 5e-8);
        Assert.Equal(se, estimate.StandardError!.Value, 5e-8);
        Assert.Equal(low, estimate.CiLow!.Value, 5e-4);
        Assert.Equal(high, estimate.CiHigh!.Value, 5e-4);
        Assert.Equal(p, estimate.PValue!.Value, p * 1e-4);
    }

    [Fact]
    public void ComputeWeighted_MoreThanTwoCoders_WeightedCohenUndefinedOthersDefined()
    {
        var estimates = KappaFamily.ComputeWeighted(
            KappaFixtures.Load("peer_irrcac_raw4raters_4x12"), AgreementWeighting.Linear, Ordinal);

        Assert.False(KappaFamilyTests.Find(estimates, "cohen_kappa_linear").IsDefined);
        Assert.All(estimates.Where(e => e.Name != "cohen_kappa_linear"), e => Assert.NotNull(e.StandardError));
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
