using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Tests.Coding;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Tests.Training;

public sealed class TrainingResultTests
{
    private static readonly string[] Units = ["d1.p001", "d1.p002", "d1.p003", "d2.p001"];

    [Fact]
    public void Compare_SingleDimension_AlphaWithGoldAsComputedByHand()
    {
        using var fixture = new CodingFixture();
        var codebook = TestCodebook.Create();
        var strategy = codebook.FindDimension("strategy")!;
        var (trainee, gold) = Code(fixture, ["balancing", "balancing", "alignment", "balancing"], ["balancing", "alignment", "alignment", "balancing"]);

        var result = TrainingResult.Compare(codebook, [strategy], trainee, gold, Units);

        // Krippendorff (2004), nominal alpha from the coincidence matrix. Pairs (trainee, gold): (b,b) (b,a) (a,a) (b,b):
        // o_bb = 4, o_aa = 2, o_ab = o_ba = 1; n_b = 5, n_a = 3, n = 8.
        // alpha = 1 - (n - 1) * (o_ab + o_ba) / (n_a n_b + n_b n_a) = 1 - 7 * 2 / 30 = 16/30 = 0.5333…; percent agreement 3/4.
        var dimension = Assert.Single(result.Dimensions);
        Assert.Equal("strategy", dimension.Report.Subject);
        Assert.Equal(16.0 / 30, TrainingResult.Alpha(dimension)!.Value, 12);
        Assert.Equal(0.75, dimension.Report.Find("percent_agreement")!.Value!.Value, 12);
        Assert.Equal(["anna", "gold"], dimension.Report.Coders);

        // Present/absent per category has the same structure: balancing (1,1) (1,0) (0,0) (1,1), alignment mirrored.
        Assert.Equal(["strategy/balancing", "strategy/alignment"], result.Categories.Select(c => c.Report.Subject));
        Assert.All(result.Categories, c => Assert.Equal(16.0 / 30, TrainingResult.Alpha(c)!.Value, 12));

        // Both categories are to revisit, each for the one unit where trainee and gold differ.
        Assert.Equal(["balancing", "alignment"], result.Revisit.Select(r => r.Category));
        Assert.All(result.Revisit, r => Assert.Equal(["d1.p002"], r.Units));
        Assert.Equal("definition of balancing", result.Revisit[0].Definition);
    }

    [Fact]
    public void Compare_FullAgreement_NothingToRevisit()
    {
        using var fixture = new CodingFixture();
        var codebook = TestCodebook.Create();
        string[] same = ["balancing", "alignment", "alignment", "balancing"];
        var (trainee, gold) = Code(fixture, same, same);

        var result = TrainingResult.Compare(codebook, [codebook.FindDimension("strategy")!], trainee, gold, Units);

        Assert.Equal(1.0, TrainingResult.Alpha(result.Dimensions[0]));
        Assert.Empty(result.Revisit);
    }

    [Fact]
    public void UnitFeedback_ShowsGoldMemoEntriesAndWhetherAgreed()
    {
        using var fixture = new CodingFixture();
        var codebook = TestCodebook.Create();
        fixture.Codings.Append("gold", fixture.Record("gold", "d1.p001", "strategy", "alignment") with { Memo = "the unit says Baku sides with Ankara" });
        fixture.Codings.Append("gold", fixture.Record("gold", "d1.p001", "russia_role", "mediator", "ally_of_armenia"));
        var gold = fixture.Codings.Load("gold");
        var answers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["russia_role"] = ["ally_of_armenia", "mediator"],
            ["strategy"] = ["balancing"],
        };

        var feedback = UnitFeedback.For([codebook.FindDimension("russia_role")!, codebook.FindDimension("strategy")!, codebook.FindDimension("tone")!], "d1.p001", answers, gold);

        // A multi dimension's sets agree whatever the order; the single dimension differs; gold did not code tone.
        Assert.Equal([true, false, null], feedback.Dimensions.Select(d => d.Agreed));
        Assert.False(feedback.AgreedOnAll);
        var strategy = feedback.Dimensions[1];
        Assert.Equal("the unit says Baku sides with Ankara", strategy.ReferenceMemo);
        Assert.Equal(["alignment"], strategy.Reference);
        Assert.Equal(["balancing", "alignment"], strategy.Entries.Select(e => e.Id));
        Assert.Equal("definition of alignment", strategy.Entries[1].Definition);
        Assert.Null(feedback.Dimensions[2].Reference);
    }

    private static (CoderCodings Trainee, CoderCodings Gold) Code(CodingFixture fixture, string[] trainee, string[] gold)
    {
        for (var i = 0; i < Units.Length; i++)
        {
            fixture.Codings.Append("anna", fixture.Record("anna", Units[i], "strategy", trainee[i]));
            fixture.Codings.Append("gold", fixture.Record("gold", Units[i], "strategy", gold[i]));
        }

        return (fixture.Codings.Load("anna"), fixture.Codings.Load("gold"));
    }
}
