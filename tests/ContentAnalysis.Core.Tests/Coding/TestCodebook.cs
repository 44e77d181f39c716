using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Coding;

/// <summary>A small codebook built in code: a multi, a single and an ordinal dimension, optional unless <c>required</c>.</summary>
internal static class TestCodebook
{
    public static Codebook Create(string hash = "cb-hash-1", bool required = false) => new(
        "test",
        "Test codebook",
        "1.0",
        "For tests",
        ["tester"],
        UnitKind.Paragraph,
        [
            new Dimension("russia_role", "Role", "Which roles?", DimensionKind.Multi, required, [Category("ally_of_armenia"), Category("mediator"), Category("partner_of_turkey")], []),
            new Dimension("strategy", "Strategy", "Which strategy?", DimensionKind.Single, required, [Category("balancing"), Category("alignment")], []),
            new Dimension("tone", "Tone", "How tense?", DimensionKind.Ordinal, required, [], [Level(-2), Level(-1), Level(0), Level(1), Level(2)]),
        ],
        hash);

    private static Category Category(string id) => new(id, id, "definition of " + id, [], [], [], new Indicators([], []), null, []);

    private static ScaleLevel Level(double value) => new(value, "level " + value, null, []);
}
