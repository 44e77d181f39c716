using ContentAnalysis.Core.Tests.Coding;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Tests.Training;

public sealed class CodebookChangesTests
{
    [Fact]
    public void Between_CategoryAddedRemovedAndRedefined_ListsEach()
    {
        var before = TestCodebook.Create();
        var strategy = before.FindDimension("strategy")!;
        var role = before.FindDimension("russia_role")!;
        var after = before with
        {
            Dimensions =
            [
                role with { Categories = [.. role.Categories.Where(c => c.Id != "partner_of_turkey")] },
                strategy with
                {
                    Question = "Which strategy does Baku follow?",
                    Categories = [strategy.Categories[0] with { Definition = "balancing, narrowed" }, strategy.Categories[1] with { Include = ["an alliance is named"] }, strategy.Categories[1] with { Id = "hedging" }],
                },
            ],
        };

        var changes = CodebookChanges.Between(before, after);

        Assert.Equal(
        [
            "russia_role/partner_of_turkey: category removed",
            "strategy: question or description reworded",
            "strategy/balancing: definition changed",
            "strategy/alignment: rules or examples changed",
            "strategy/hedging: category added",
            "tone: dimension removed",
        ],
            changes.Select(c => c.Description));
    }

    [Fact]
    public void Between_OnlyLineBreaksDiffer_NoChange()
    {
        var before = TestCodebook.Create();
        var strategy = before.FindDimension("strategy")!;
        var after = before with { Dimensions = [before.Dimensions[0], strategy with { Categories = [strategy.Categories[0] with { Definition = "definition of\n  balancing\n" }, strategy.Categories[1]] }, before.Dimensions[2]] };

        Assert.Empty(CodebookChanges.Between(before, after));
    }

    [Fact]
    public void Between_ScaleLevelDefinitionChanged_IsADefinitionChange()
    {
        var before = TestCodebook.Create();
        var tone = before.FindDimension("tone")!;
        var after = before with { Dimensions = [before.Dimensions[0], before.Dimensions[1], tone with { Levels = [.. tone.Levels.Select(l => l.Value == 1 ? l with { Definition = "cooperation" } : l)] }] };

        Assert.Equal([new CodebookChange(CodebookChangeKind.DefinitionChanged, "tone", "1")], CodebookChanges.Between(before, after));
    }
}
