using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Autocoding;

public sealed class AutocodedValueTests
{
    private static readonly Codebook Codebook = AutocodingCodebook.Load();

    private static AutocodedValue Decide(string dimension, string text) =>
        AutocodedValue.Decide(Codebook.FindDimension(dimension)!, AutocodingCodebook.Matcher(Codebook).Match(text));

    [Fact]
    public void Decide_Single_TakesTheCategoryWithTheMostHits()
    {
        // warm: friend (1); cold: rival, threat (2).
        var value = Decide("stance", "a friend, a rival and a threat");
        Assert.Equal(["cold"], value.Values);
        Assert.Equal([new CategoryCount("warm", 1), new CategoryCount("cold", 2)], value.Counts);
        Assert.False(value.Tie);
        Assert.Equal("autocode: warm 1, cold 2", value.Memo);
    }

    [Fact]
    public void Decide_SingleTie_GoesToTheCategoryFirstInCodebookOrder()
    {
        // One hit each; the text names cold first, the codebook lists warm first.
        var value = Decide("stance", "a rival and a partner");
        Assert.Equal(["warm"], value.Values);
        Assert.True(value.Tie);
        Assert.Equal("autocode: warm 1, cold 1; tie, first in codebook order", value.Memo);
    }

    [Fact]
    public void Decide_Multi_TakesEveryCategoryThatFired()
    {
        var value = Decide("role", "the mediator and the CSTO");
        Assert.Equal(["ally", "mediator"], value.Values);
    }

    [Fact]
    public void Decide_KeywordAndPatternAtTheSamePlace_CountOnce()
    {
        // CSTO is a keyword and the pattern \bCSTO\b of ally: two hits at offset 4, one place.
        var value = Decide("role", "the CSTO");
        Assert.Equal([new CategoryCount("ally", 1)], value.Counts);
    }

    [Theory]
    [InlineData("role", "nothing here", "none")] // required (the default): no category applies
    [InlineData("acronym", "nothing here", "uncoded")] // required: false, so left uncoded
    public void Decide_NoHit_IsNoneOrUncoded(string dimension, string text, string expected)
    {
        var value = Decide(dimension, text);
        Assert.Equal([expected], value.Values);
        Assert.Equal("autocode: no indicator", value.Memo);
    }

    [Fact]
    public void Decide_NegatedHits_DoNotCountButAreNoted()
    {
        var value = Decide("stance", "not a friend but a rival");
        Assert.Equal(["cold"], value.Values);
        Assert.Equal(1, value.Negated);
        Assert.Equal("autocode: cold 1; negated 1", value.Memo);
    }
}
