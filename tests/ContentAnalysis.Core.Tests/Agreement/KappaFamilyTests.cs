using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KappaFamilyTests
{
    // Gwet's irrCAC package, README "Computing agreement coefficients from raw ratings" on cac.raw4raters:
    // coefficient, standard error (5 decimals), 95% interval (3 decimals) and p-value as printed.
    [Theory]
    [InlineData("percent_agreement", 0.8181818, 0.12561, 0.542, 1.0, 4.345373e-05)]
    [InlineData("gwet_ac1", 0.77544, 0.14295, 0.461, 1.0, 0.000208721)]
    [InlineData("fleiss_kappa", 0.76117, 0.15302, 0.424, 1.0, 0.000419173)]
    [InlineData("conger_kappa", 0.76282, 0.14917, 0.435, 1.0, 0.0003367066)]
    [InlineData("brennan_prediger", 0.77273, 0.14472, 0.454, 1.0, 0.0002375609)]
    public void ComputeAll_IrrCacRaw4Raters_MatchesPublishedOutput(string name, double value, double se, double low, double high, double p)
    {
        var estimate = Find(KappaFamily.ComputeAll(KappaFixtures.Load("peer_irrcac_raw4raters_4x12")), name);

        AssertPublished(estimate, value, se, low, high);
        Assert.Equal(p, estimate.PValue!.Value, p * 1e-5);
    }

    // irrCAC README, "distribution of raters by subject & category": distrib.6raters is the first 15
    // patients of Fleiss' (1971) diagnoses table. gwet.ac1.dist / fleiss.kappa.dist / bp.coeff.dist.
    [Theory]
    [InlineData("gwet_ac1", 0.4448007, 0.08418757, 0.264, 0.625, 0.0001155927)]
    [InlineData("fleiss_kappa", 0.4139265, 0.08119291, 0.24, 0.588, 0.0001622724)]
    [InlineData("brennan_prediger", 0.4388889, 0.08312142, 0.261, 0.617, 0.0001163)]
    public void ComputeAll_IrrCacDistrib6Raters_MatchesPublishedOutput(string name, double value, double se, double low, double high, double p)
    {
        var estimate = Find(KappaFamily.ComputeAll(KappaFixtures.Load("peer_irr_diagnoses_6x30", firstUnits: 15)), name);

        Assert.Equal(value, estimate.Value!.Value, 5e-8);
        Assert.Equal(se, estimate.StandardError!.Value, 5e-9);
        Assert.Equal(low, estimate.CiLow!.Value, 5e-4);
        Assert.Equal(high, estimate.CiHigh!.Value, 5e-4);
        Assert.Equal(p, estimate.PValue!.Value, p * 1e-4);
    }

    // Fleiss (1971), 30 patients × 6 psychiatrists: kappa = .430. irr's kappam.fleiss(diagnoses)
    // value 0.4302445 (as recorded from irr in statsmodels' test suite, test_irr.py).
    [Fact]
    public void FleissKappa_Fleiss1971Diagnoses_MatchesPublished()
    {
        var estimate = KappaFamily.FleissKappa(KappaFixtures.Load("peer_irr_diagnoses_6x30"));

        Assert.Equal(0.430, estimate.Value!.Value, 5e-4);
        Assert.Equal(0.4302445, estimate.Value!.Value, 5e-8);
    }

    // irr's kappam.light(diagnoses), Light's (1971) mean of pairwise Cohen's kappas: "Kappa = 0.459".
    [Fact]
    public void CohenKappa_Fleiss1971SixRaters_MeanOfPairsMatchesIrrLight()
    {
        var estimate = KappaFamily.CohenKappa(KappaFixtures.Load("peer_irr_diagnoses_6x30"));

        Assert.Equal(0.459, estimate.Value!.Value, 5e-4);
    }

    // irrCAC README, contingency-table functions on cont3x3abstractors (100 units, 2 raters).
    // The table functions divide the variance by n², the raw-data estimator (used here for every
    // input) by n(n − 1), so the published standard errors are scaled by √(n / (n − 1)) = √(100/99).
    [Theory]
    [InlineData("cohen_kappa", 0.7964094, 0.05891072, 0.68, 0.913)]
    [InlineData("scott_pi", 0.7962397, 0.05905473, 0.679, 0.913)]
    [InlineData("gwet_ac1", 0.8493305, 0.04321747, 0.764, 0.935)]
    [InlineData("brennan_prediger", 0.835, 0.04693346, 0.742, 0.928)]
    [InlineData("percent_agreement", 0.89, 0.03128898, 0.828, 0.952)]
    public void ComputeAll_IrrCacCont3x3Abstractors_MatchesPublishedValues(string name, double value, double tableSe, double low, double high)
    {
        var estimate = Find(KappaFamily.ComputeAll(KappaFixtures.Load("peer_irrcac_cont3x3abstractors_2x100")), name);

        Assert.Equal(value, estimate.Value!.Value, 5e-8);
        Assert.Equal(tableSe * Math.Sqrt(100.0 / 99.0), estimate.StandardError!.Value, 5e-8);

        // The published intervals use the table standard error; ours is 0.5% wider, within a rounding step.
        Assert.Equal(low, estimate.CiLow!.Value, 1.5e-3);
        Assert.Equal(high, estimate.CiHigh!.Value, 1.5e-3);
    }

    // Hand computation (no published value found): cac.ben.gerry, Ben vs Gerry, unit 10 has no
    // rating by Gerry. p_o = 8 agreements / 11 shared units; marginals over each coder's own ratings:
    // Ben a3 b2 c3 d3 e1 of 12, Gerry a1 b4 c3 d2 e1 of 11, so p_e = (3+8+9+6+1)/132 = 27/132 and
    // κ = (96/132 − 27/132) / (105/132) = 69/105.
    [Fact]
    public void CohenKappa_BenGerryWithMissingRating_IsHandComputedValue()
    {
        var data = KappaFixtures.Load("peer_irrcac_bengerry_2x12");

        Assert.Equal(69.0 / 105.0, KappaFamily.CohenKappa(data).Value!.Value, 1e-12);
        Assert.Equal(69.0 / 105.0, KappaFamily.CohenKappa(data, 0, 1).Value!.Value, 1e-12);
        Assert.Equal(8.0 / 11.0, KappaFamily.PercentAgreement(data).Value!.Value, 1e-12);
    }

    // irr package documentation, kappa2(diagnoses[,2:3]) (unweighted): "Kappa = 0.631" (Fleiss 1971 data, raters 2 and 3).
    [Fact]
    public void CohenKappa_Fleiss1971Raters2And3_MatchesIrrKappa2()
    {
        var data = KappaFixtures.Load("peer_irr_diagnoses_6x30");

        Assert.Equal(0.631, KappaFamily.CohenKappa(data, 1, 2).Value!.Value, 5e-4);
        Assert.Equal(0.631, PairwiseAgreement.Compute(data)[1, 2].CohenKappa!.Value, 5e-4);
    }

    // irr package documentation, kappa2(anxiety[,1:2], "squared"): "Kappa = 0.297". Squared
    // disagreement weights (i − j)² give the same kappa as quadratic agreement weights.
    [Fact]
    public void ComputeWeighted_IrrAnxietyRaters12Squared_MatchesIrrKappa2()
    {
        var data = KappaFixtures.Load("peer_irr_anxiety_raters12_2x20");

        var estimates = KappaFamily.ComputeWeighted(data, AgreementWeighting.Quadratic, new KappaOptions { Level = LevelOfMeasurement.Ordinal });

        Assert.Equal(0.297, Find(estimates, "cohen_kappa_quadratic").Value!.Value, 5e-4);
    }

    [Fact]
    public void ComputeAll_AnyData_ReturnsNamesInFixedOrder()
    {
        var estimates = KappaFamily.ComputeAll(KappaFixtures.Load("peer_irrcac_raw4raters_4x12"));

        Assert.Equal(KappaFamily.Names, estimates.Select(e => e.Name));
    }

    // Hand computation on irrCAC's cac.raw4raters (Light 1971: the mean of the pairwise Cohen's kappas; each pair's
    // p_o over the units both rated, p_e from each coder's marginals over all the units that coder rated, Gwet 2014 ch. 2).
    // Marginals over values 1..5: R1 (3, 3, 2, 1, 0) of 9, R2 (2, 4, 2, 1, 1) of 10, R3 (1, 3, 5, 1, 1) of 11,
    // R4 (3, 3, 2, 2, 1) of 11.
    //   R1–R2: p_o = 8/9,  p_e = (3·2 + 3·4 + 2·2 + 1·1)/(9·10)        = 23/90,  κ = 57/67
    //   R1–R3: p_o = 5/8,  p_e = (3·1 + 3·3 + 2·5 + 1·1)/(9·11)        = 23/99,  κ = 311/608
    //   R1–R4: p_o = 8/9,  p_e = (3·3 + 3·3 + 2·2 + 1·2)/(9·11)        = 8/33,   κ = 64/75
    //   R2–R3: p_o = 6/9,  p_e = (2·1 + 4·3 + 2·5 + 1·1 + 1·1)/(10·11) = 13/55,  κ = 71/126
    //   R2–R4: p_o = 9/10, p_e = (2·3 + 4·3 + 2·2 + 1·2 + 1·1)/(10·11) = 5/22,   κ = 74/85
    //   R3–R4: p_o = 7/10, p_e = (1·3 + 3·3 + 5·2 + 1·2 + 1·1)/(11·11) = 25/121, κ = 199/320
    // with κ = (p_o − p_e)/(1 − p_e); the mean is 9318009611/13088476800 = 0.711924676…
    [Fact]
    public void CohenKappa_MoreThanTwoCoders_IsMeanOfPairwiseKappasWithNote()
    {
        double[] pairwise = [57.0 / 67, 311.0 / 608, 64.0 / 75, 71.0 / 126, 74.0 / 85, 199.0 / 320];
        var data = KappaFixtures.Load("peer_irrcac_raw4raters_4x12");

        var estimate = KappaFamily.CohenKappa(data);

        Assert.Equal(pairwise, PairwiseAgreement.Compute(data).Pairs.Select(p => p.CohenKappa!.Value), (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(9318009611.0 / 13088476800, estimate.Value!.Value, 1e-12);
        Assert.Null(estimate.StandardError);
        Assert.Contains("mean of 6 of 6 pairwise", estimate.Note, StringComparison.Ordinal);
    }

    internal static AgreementEstimate Find(IReadOnlyList<AgreementEstimate> estimates, string name) =>
        Assert.Single(estimates, e => e.Name == name);

    private static void AssertPublished(AgreementEstimate estimate, double value, double se, double low, double high)
    {
        Assert.Equal(value, estimate.Value!.Value, 5e-6);
        Assert.Equal(se, estimate.StandardError!.Value, 5e-6);
        Assert.Equal(low, estimate.CiLow!.Value, 5e-4);
        Assert.Equal(high, estimate.CiHigh!.Value, 5e-4);
    }
}
