using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("inter-\nnational law", "international law")]
    [InlineData("Nagorno-\nKarabakh", "Nagorno-Karabakh")]
    [InlineData("trilateral state- \n  ment", "trilateral statement")]
    [InlineData("a dash -\nnot a word", "a dash -\nnot a word")]
    public void JoinHyphenation_LineEndHyphens_JoinedByRule(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinHyphenation(text));

    [Theory]
    [InlineData("the ceasefire.[12] Then", "the ceasefire. Then")]
    [InlineData("the ceasefire³ held", "the ceasefire held")]
    [InlineData("see [12] below", "see [12] below")]
    [InlineData("a [link](http://x.org)", "a [link](http://x.org)")]
    [InlineData("x[3](http://x.org)", "x[3](http://x.org)")]
    public void RemoveFootnoteMarkers_GluedMarkers_Removed(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.RemoveFootnoteMarkers(text));

    [Fact]
    public void NormalizeLines_CrLfCrAndDecomposed_LfAndNfc()
    {
        var text = TextNormalizer.NormalizeLines("a\r\nb\rc e\u0301");
        Assert.Equal("a\nb\nc \u00e9", text);
        Assert.Equal(7, text.Length);
    }

    [Fact]
    public void Remove_PageNumbersAndRunningHeaders_Removed()
    {
        var text = string.Join('\n',
            "JOURNAL OF EURASIA",
            "First page text runs on.",
            "1",
            "JOURNAL OF EURASIA",
            "Second page text.",
            "- 2 -",
            "JOURNAL OF EURASIA",
            "Third page text.",
            "Page 3",
            "JOURNAL OF EURASIA",
            "Fourth page.");
        Assert.Equal("First page text runs on.\nSecond page text.\nThird page text.\nFourth page.", PageFurniture.Remove(text));
    }

    [Fact]
    public void Remove_RepeatedLineOnTwoPagesOnly_Kept()
    {
        var text = "Header\nOne.\f\nHeader\nTwo.";
        Assert.Equal("Header\nOne.\nHeader\nTwo.", PageFurniture.Remove(text));
    }

    [Fact]
    public void Clean_WordBrokenAcrossPages_Joined()
    {
        var text = "Run\nThe inter-\n12\nRun\nnational order.\n13\nRun\nEnd.";
        Assert.Equal("The international order.\nEnd.", TextNormalizer.Clean(text));
    }
}
