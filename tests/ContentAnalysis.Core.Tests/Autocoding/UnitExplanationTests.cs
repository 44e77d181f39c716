using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Core.Tests.Autocoding;

public sealed class UnitExplanationTests
{
    [Fact]
    public void Create_ListsEveryMatchWithLineColumnAndNegator()
    {
        // Line 1 "Moscow is not a friend," (friend at column 17, negated by "not");
        // line 2 "but a rival and the mediator." (rival at column 7, mediator at column 21).
        const string text = "Moscow is not a friend,\nbut a rival and the mediator.";
        var explanation = UnitExplanation.Create(AutocodingCodebook.Matcher(), "d.p001", text);
        Assert.Equal(
            [
                new ExplainedHit("stance", "warm", "keyword", "friend", 16, 6, 1, 17, "friend", "not"),
                new ExplainedHit("stance", "cold", "keyword", "rival", 30, 5, 2, 7, "rival", null),
                new ExplainedHit("role", "mediator", "keyword", "mediat*", 44, 8, 2, 21, "mediator", null),
            ],
            explanation.Hits);
        Assert.Equal(["role = mediator", "stance = cold", "acronym = uncoded"], explanation.Values.Select(v => $"{v.Dimension} = {string.Join(", ", v.Values)}"));
    }
}
