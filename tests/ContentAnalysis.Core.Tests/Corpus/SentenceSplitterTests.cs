using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Tests.Corpus.Reference;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. envoy arrived. Talks began.", new[] { "The U.S. envoy arrived.", "Talks began." })]
    [InlineData("Dr. Aliyev spoke. He left.", new[] { "Dr. Aliyev spoke.", "He left." })]
    [InlineData("See No. 4 of the statement. It is short.", new[] { "See No. 4 of the statement.", "It is short." })]
    [InlineData("The truce began on Nov. 10 in Moscow. It held.", new[] { "The truce began on Nov. 10 in Moscow.", "It held." })]
    [InlineData("Some partners, e.g. Turkey, agreed. Others did not.", new[] { "Some partners, e.g. Turkey, agreed.", "Others did not." })]
    [InlineData("Growth was 3.5 percent. Prices rose.", new[] { "Growth was 3.5 percent.", "Prices rose." })]
    [InlineData("V. Putin and I. Aliyev met. They signed.", new[] { "V. Putin and I. Aliyev met.", "They signed." })]
    [InlineData("He hesitated... and then agreed. Fine.", new[] { "He hesitated... and then agreed.", "Fine." })]
    [InlineData("Was it a truce? \"No,\" he said. Really!", new[] { "Was it a truce?", "\"No,\" he said.", "Really!" })]
    [InlineData("He said \"enough.\" Then he left.", new[] { "He said \"enough.\"", "Then he left." })]
    [InlineData("It ended in 2020. 2021 was calmer.", new[] { "It ended in 2020.", "2021 was calmer." })]
    [InlineData("No full stop at the end", new[] { "No full stop at the end" })]
    [InlineData("first item\nsecond item. Still second.", new[] { "first item", "second item.", "Still second." })]
    [InlineData("1. The first point. 2. The second point.", new[] { "1. The first point.", "2. The second point." })]
    [InlineData("12) Moscow agreed. 13) Baku did not.", new[] { "12) Moscow agreed.", "13) Baku did not." })]
    [InlineData("1 Th. De Waal, Black Garden. New York 2003.", new[] { "1 Th. De Waal, Black Garden.", "New York 2003." })]
    [InlineData("See [4]. Then [5]. It ends.", new[] { "See [4].", "Then [5].", "It ends." })]
    public void Split_HardCases_SplitsOnlyAtSentenceEnds(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();
        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void Split_Spans_PointIntoTheText()
    {
        var spans = SentenceSplitter.Split("  One.  Two.  ");
        Assert.Equal([(2, 4), (8, 4)], spans);
    }

    [Fact]
    public void Split_RandomText_SameSpansAsReference()
    {
        foreach (var text in RandomCorpusText.Many(seed: 1, count: 20_000, maxPieces: 60))
        {
            Assert.Equal(ReferenceSentenceSplitter.Split(text), SentenceSplitter.Split(text));
        }
    }
}
