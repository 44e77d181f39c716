using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class CategoryPrevalenceTests
{
    // Ben a3 b2 c3 d3 e1 + Gerry a1 b4 c3 d2 e1 = 23 ratings.
    [Fact]
    public void Of_BenGerry_CountsAndSharesOfAllRatings()
    {
        var prevalence = CategoryPrevalence.Of(KappaFixtures.Load("peer_irrcac_bengerry_2x12"));

        Assert.Equal(["a", "b", "c", "d", "e"], prevalence.Select(p => p.Value));
        Assert.Equal([4, 6, 6, 5, 2], prevalence.Select(p => p.Count));
        Assert.Equal(6.0 / 23.0, prevalence[1].Share, 1e-12);
    }
}
