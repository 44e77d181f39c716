using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Tests.Sampling;

public sealed class SampleBuilderTests
{
    [Theory]
    // Hand-worked largest-remainder (Hamilton) allocations.
    [InlineData(new[] { 5, 3, 2 }, 4, new[] { 2, 1, 1 })]   // quotas 2.0, 1.2, 0.8
    [InlineData(new[] { 10, 10, 10 }, 2, new[] { 1, 1, 0 })] // equal remainders: earlier stratum first
    [InlineData(new[] { 7, 3 }, 5, new[] { 4, 1 })]          // 3.5 and 1.5 tie: larger stratum first
    [InlineData(new[] { 4, 4, 2 }, 10, new[] { 4, 4, 2 })]   // everything
    [InlineData(new[] { 1, 98, 1 }, 3, new[] { 0, 3, 0 })]   // 0.03, 2.94, 0.03
    public void Allocate_Sizes_SplitsByLargestRemainder(int[] sizes, int total, int[] expected)
    {
        var allocation = SampleBuilder.Allocate(sizes, total);

        Assert.Equal(expected, allocation);
        Assert.Equal(total, allocation.Sum());
    }

    [Fact]
    public void Create_SameSeed_SameUnitsInCorpusOrder()
    {
        var population = Population();

        var first = SampleBuilder.Create("rel", population, new SampleSize(25, true), 7, SampleStratifier.None);
        var second = SampleBuilder.Create("rel", population, new SampleSize(25, true), 7, SampleStratifier.None);
        var other = SampleBuilder.Create("rel", population, new SampleSize(25, true), 8, SampleStratifier.None);

        Assert.Equal(10, first.Units.Count);
        Assert.Equal(first.Units, second.Units);
        Assert.NotEqual(first.Units, other.Units);
        Assert.Equal(first.Units.OrderBy(u => population.ToList().IndexOf(u)), first.Units);
        Assert.Equal(10, first.Units.Distinct().Count());
    }

    [Fact]
    public void Create_StratifiedByPeriod_AllocatesProportionally()
    {
        // 40 units: 20 prewar, 12 war, 8 postwar; 25% = 10 → 5, 3, 2 exactly.
        var sample = SampleBuilder.Create("rel", Population(), new SampleSize(10, false), 3, SampleStratifier.Period);

        Assert.Equal(5, sample.Units.Count(u => u.Period == "prewar"));
        Assert.Equal(3, sample.Units.Count(u => u.Period == "war"));
        Assert.Equal(2, sample.Units.Count(u => u.Period == "postwar"));
        Assert.Equal(40, sample.Population);
    }

    [Fact]
    public void Create_StratifiedByDocument_EveryDocumentGetsItsShare()
    {
        // Four documents of 10 units; 8 units → 2 each.
        var sample = SampleBuilder.Create("rel", Population(), new SampleSize(8, false), 11, SampleStratifier.Document);

        Assert.All(sample.Units.GroupBy(u => u.Document), g => Assert.Equal(2, g.Count()));
        Assert.Equal(4, sample.Units.Select(u => u.Document).Distinct().Count());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(41, false)]
    [InlineData(1, true)] // 1% of 40 rounds to 0
    public void Create_SizeOutsidePopulation_Throws(double value, bool percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleBuilder.Create("rel", Population(), new SampleSize(value, percent), 1, SampleStratifier.None));

    [Theory]
    [InlineData("20%", 20, true)]
    [InlineData("12.5%", 12.5, true)]
    [InlineData(" 50 ", 50, false)]
    public void SampleSize_TryParse_Valid(string text, double value, bool percent)
    {
        Assert.True(SampleSize.TryParse(text, out var size));
        Assert.Equal(new SampleSize(value, percent), size);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("2.5")]
    [InlineData("%")]
    public void SampleSize_TryParse_Invalid(string text) => Assert.False(SampleSize.TryParse(text, out _));

    [Fact]
    public void SampleSize_UnitsOf_RoundsHalfAwayFromZero() =>
        Assert.Equal(3, new SampleSize(12.5, true).UnitsOf(20)); // 2.5 → 3

    internal static IReadOnlyList<SampleUnit> Population() =>
    [
        .. Enumerable.Range(0, 40).Select(i => new SampleUnit(
            $"d{(i / 10) + 1}.p{(i % 10) + 1:000}",
            $"d{(i / 10) + 1}",
            i < 20 ? "prewar" : i < 32 ? "war" : "postwar")),
    ];
}
