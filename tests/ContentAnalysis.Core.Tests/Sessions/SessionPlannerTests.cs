using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

public sealed class SessionPlannerTests
{
    [Fact]
    public void Shuffle_SameSeed_SameOrderAndAPermutation()
    {
        var items = Enumerable.Range(0, 50).ToList();

        var first = SessionPlanner.Shuffle(items, 12);
        var second = SessionPlanner.Shuffle(items, 12);

        Assert.Equal(first, second);
        Assert.NotEqual(items, first);
        Assert.Equal(items, first.Order());
    }

    [Fact]
    public void DefaultSeed_IsStableFnv1aOfTheName()
    {
        // FNV-1a 32-bit of "a" is 0xE40C292C; the seed keeps its low 31 bits.
        Assert.Equal(0x640C292C, SessionPlanner.DefaultSeed("a"));
        Assert.Equal(SessionPlanner.DefaultSeed("anna"), SessionPlanner.DefaultSeed("anna"));
        Assert.NotEqual(SessionPlanner.DefaultSeed("anna"), SessionPlanner.DefaultSeed("ben"));
    }
}
