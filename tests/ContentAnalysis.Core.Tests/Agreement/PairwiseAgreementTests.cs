using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class PairwiseAgreementTests
{
    // Ben vs Gerry by hand: 11 shared units, 8 agreements, κ = 69/105 (see KappaFamilyTests).
    [Fact]
    public void Compute_BenGerry_HandComputedPair()
    {
        var pair = Assert.Single(PairwiseAgreement.Compute(KappaFixtures.Load("peer_irrcac_bengerry_2x12")).Pairs);

        Assert.Equal(("Ben", "Gerry", 11), (pair.CoderA, pair.CoderB, pair.SharedUnits));
        Assert.Equal(8.0 / 11.0, pair.PercentAgreement!.Value, 1e-12);
        Assert.Equal(69.0 / 105.0, pair.CohenKappa!.Value, 1e-12);
    }

    [Fact]
    public void Indexer_EitherOrder_SamePairAsCohenKappa()
    {
        var data = KappaFixtures.Load("peer_irrcac_raw4raters_4x12");
        var matrix = PairwiseAgreement.Compute(data);

        Assert.Equal(6, matrix.Pairs.Count);
        for (var a = 0; a < 4; a++)
        {
            for (var b = a + 1; b < 4; b++)
            {
                Assert.Same(matrix[a, b], matrix[b, a]);
                Assert.Equal((data.Coders[a], data.Coders[b]), (matrix[a, b].CoderA, matrix[a, b].CoderB));
                Assert.Equal(KappaFamily.CohenKappa(data, a, b).Value!.Value, matrix[a, b].CohenKappa!.Value, 1e-12);
            }
        }
    }

    [Fact]
    public void Compute_PairWithoutSharedUnits_NullValues()
    {
        var data = KappaFixtures.FromRows(["a", "", "a"], ["", "b", "b"]);

        var pair = PairwiseAgreement.Compute(data)[0, 1];

        Assert.Equal(0, pair.SharedUnits);
        Assert.Null(pair.PercentAgreement);
        Assert.Null(pair.CohenKappa);
    }
}
