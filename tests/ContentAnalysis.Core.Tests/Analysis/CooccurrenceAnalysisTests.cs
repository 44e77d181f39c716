using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed class CooccurrenceAnalysisTests
{
    private static readonly ContentAnalysis.Core.Codebooks.Codebook Book = TestCodebook.Create();

    // Across dimensions, mediator × alignment over the 6 units coded on both: a = 3 (d1.p001, d1.p002, d2.p002),
    // b = 4 (d1.p003, d2.p001, d2.p002, d2.p004), ab = 1 (d2.p002). Jaccard = 1 / (3 + 4 − 1) = 1/6;
    // lift = 1 · 6 / (3 · 4) = 0.5; phi = (1 · 6 − 3 · 4) / √(3 · 3 · 4 · 2) = −6 / √72 = −0.7071068.
    [Fact]
    public void Run_AcrossDimensions_HandComputedMeasures()
    {
        var pairs = CooccurrenceAnalysis.Run(AnalysisFixture.Create(), [Book.FindDimension("russia_role")!, Book.FindDimension("strategy")!]);

        var pair = pairs.Single(p => p.CategoryA == "mediator" && p.CategoryB == "alignment");
        Assert.Equal((6, 3, 4, 1), (pair.Units, pair.CountA, pair.CountB, pair.Both));
        Assert.Equal(1 / 6.0, pair.Jaccard!.Value, 1e-12);
        Assert.Equal(0.5, pair.Lift!.Value, 1e-12);
        Assert.Equal(-6 / Math.Sqrt(72), pair.Phi!.Value, 1e-12);
    }

    // Within the multi dimension, ally × mediator: n = 6, a = 2, b = 3, ab = 1: Jaccard 1/4, lift 1, phi 0.
    // No pairs within the single dimension (its categories exclude each other); the ordinal dimension is skipped.
    [Fact]
    public void Run_WithinMultiDimension_ButNotWithinSingle()
    {
        var pairs = CooccurrenceAnalysis.Run(AnalysisFixture.Create(), Book.Dimensions);

        var pair = pairs.Single(p => p.DimensionA == "russia_role" && p.DimensionB == "russia_role" && p.CategoryA == "ally_of_armenia" && p.CategoryB == "mediator");
        Assert.Equal(0.25, pair.Jaccard!.Value, 1e-12);
        Assert.Equal(1.0, pair.Lift!.Value, 1e-12);
        Assert.Equal(0.0, pair.Phi!.Value, 1e-12);
        Assert.DoesNotContain(pairs, p => p.DimensionA == "strategy" && p.DimensionB == "strategy");
        Assert.DoesNotContain(pairs, p => p.DimensionA == "tone" || p.DimensionB == "tone");
        // 3 pairs within russia_role + 3 × 2 across.
        Assert.Equal(9, pairs.Count);
    }

    [Fact]
    public void Measure_CategoryNeverOrAlwaysPresent_UndefinedMeasuresAreNull()
    {
        var never = CooccurrenceAnalysis.Measure("d", "a", "d", "b", 5, 0, 2, 0);
        var always = CooccurrenceAnalysis.Measure("d", "a", "d", "b", 5, 5, 2, 2);

        Assert.Null(never.Lift);
        Assert.Null(never.Phi);
        Assert.Equal(0.0, never.Jaccard);
        Assert.Null(always.Phi);
        Assert.Equal(1.0, always.Lift);
    }
}
