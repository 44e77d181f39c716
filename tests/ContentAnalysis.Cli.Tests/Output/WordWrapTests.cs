using ContentAnalysis.Cli.Output;

namespace ContentAnalysis.Cli.Tests.Output;

public sealed class WordWrapTests
{
    [Theory]
    [InlineData("mean of four binary alphas", 12, new[] { "mean of four", "binary", "alphas" })]
    [InlineData("above .800, not established", 11, new[] { "above .800,", "not", "established" })]
    [InlineData("short", 20, new[] { "short" })]
    [InlineData("", 5, new[] { "" })]
    [InlineData("one\ntwo three", 20, new[] { "one", "two three" })]
    public void Lines_BreaksAtSpaces(string text, int width, string[] expected) =>
        Assert.Equal(expected, WordWrap.Lines(text, width));

    [Fact]
    public void Lines_WordLongerThanLine_CutIntoPieces() =>
        Assert.Equal(["https://ex", "ample.org/", "a b"], WordWrap.Lines("https://example.org/a b", 10));

    [Fact]
    public void Lines_WideCharacters_CountTwoCells() =>
        Assert.Equal(["分析 結果", "です"], WordWrap.Lines("分析 結果 です", 9));
}
