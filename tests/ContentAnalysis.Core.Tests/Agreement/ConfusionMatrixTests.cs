using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Build_BenGerry_CountsSharedUnitsOnly()
    {
        var matrix = ConfusionMatrix.Build(KappaFixtures.Load("peer_irrcac_bengerry_2x12"), 0, 1);

        Assert.Equal(["a", "b", "c", "d", "e"], matrix.Values);
        Assert.Equal((11, 8), (matrix.Total, matrix.Agreements));
        Assert.Equal(1, matrix[0, 0]); // a,a
        Assert.Equal(1, matrix[0, 1]); // a,b
        Assert.Equal(1, matrix[0, 3]); // a,d
        Assert.Equal(2, matrix[1, 1]); // b,b twice
        Assert.Equal(1, matrix[3, 1]); // d,b
        Assert.Equal(3, matrix[2, 2]); // c,c three times
        Assert.Equal(0, matrix[1, 0]);
    }

    [Fact]
    public void Build_SameCoderTwice_Throws()
    {
        var data = KappaFixtures.Load("peer_irrcac_bengerry_2x12");

        Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionMatrix.Build(data, 1, 1));
    }
}
