using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Tests.Corpus.Reference;

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

    [Fact]
    public void Remove_RandomText_SameAsReference()
    {
        foreach (var text in RandomCorpusText.Many(seed: 4, count: 5_000, maxPieces: 200))
        {
            Assert.Equal(ReferencePageFurniture.Remove(text), PageFurniture.Remove(text));
        }
    }

    [Fact]
    public void Remove_NoFurniture_ReturnsTheSameString()
    {
        var text = "First line.\nA longer second line, not a page number: 12 of them.\n\nThird.";
        Assert.Same(text, PageFurniture.Remove(text));
    }

    [Fact]
    public void JoinHyphenation_RandomText_SameAsReference()
    {
        foreach (var text in RandomCorpusText.Many(seed: 5, count: 20_000, maxPieces: 60))
        {
            Assert.Equal(ReferenceTextNormalizer.JoinHyphenation(text), TextNormalizer.JoinHyphenation(text));
        }
    }

    [Fact]
    public void JoinHyphenation_EveryCharacterBeforeAndAfterTheBreak_SameAsReference()
    {
        for (var c = (char)0; c < char.MaxValue; c++)
        {
            foreach (var text in new[] { $"a-\n{c}x", $"{c}-\n b", $"{c}-\nB", $"x{c}- \n\t{c}" })
            {
                Assert.Equal(ReferenceTextNormalizer.JoinHyphenation(text), TextNormalizer.JoinHyphenation(text));
            }
        }
    }

    [Theory]
    [InlineData("a-\nb-\nc", "ab-\nc")]
    [InlineData("a-\nB-\nc", "a-Bc")]
    [InlineData("a-\nb-\nC", "ab-C")]
    public void JoinHyphenation_ChainedBreaks_LeftmostMatchesOnly(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinHyphenation(text));
}
