using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Tests.Corpus.Reference;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class DocumentParserTests
{
    private const string Markdown = "# The war\n\nRussia wore **four hats** and _two_ faces:\nsee [the paper](http://x.org) and `code`.\n\n> A quoted line\n> over two lines.\n\n## After\n\n- one\n- *two*\n1. three\n";

    [Fact]
    public void Parse_Markdown_StripsMarkupAndUsesHeadingsAsSections()
    {
        var parsed = DocumentParser.Parse(Markdown, markdown: true, UnitKind.Paragraph, "doc", "war");
        Assert.Equal("The war\n\nRussia wore four hats and two faces: see the paper and code.\n\nA quoted line over two lines.\n\nAfter\n\none\ntwo\nthree\n", parsed.Text);
        Assert.Equal(["doc.p001", "doc.p002", "doc.p003"], parsed.Units.Select(u => u.Id));
        Assert.Equal(["The war", "The war", "After"], parsed.Units.Select(u => u.Section));
        Assert.All(parsed.Units, u => Assert.Equal(DocumentParser.HashUnit(u.TextIn(parsed.Text)), u.Hash));
        Assert.Equal("one\ntwo\nthree", parsed.Units[2].TextIn(parsed.Text));
    }

    [Fact]
    public void Parse_MarkdownStrikethroughAndPipeTable_MarksGoRowsOnTheirOwnLines()
    {
        const string Text = "Moscow ~~brokered~~ hosted the talks.\n\n| actor | role |\n|:---|---:|\n| Russia | mediator |\n|Turkey|partner|\n\nA | in prose stays.\n";
        var parsed = DocumentParser.Parse(Text, markdown: true, UnitKind.Paragraph, "doc", "war");
        Assert.Equal(
            ["Moscow brokered hosted the talks.", "actor; role\nRussia; mediator\nTurkey; partner", "A | in prose stays."],
            parsed.Units.Select(u => u.TextIn(parsed.Text)));
        Assert.All(parsed.Units, u => Assert.Equal(DocumentParser.HashUnit(u.TextIn(parsed.Text)), u.Hash));
    }

    [Fact]
    public void Parse_PlainTextWithPipesAndTildes_Unchanged()
    {
        var parsed = DocumentParser.Parse("| a | b |\n~~x~~\n", markdown: false, UnitKind.Paragraph, "doc", "war");
        Assert.Equal("| a | b | ~~x~~", Assert.Single(parsed.Units).TextIn(parsed.Text));
    }

    [Fact]
    public void Parse_Sentences_NumbersWithFourDigitsAcrossParagraphs()
    {
        var parsed = DocumentParser.Parse("One. Two.\n\nThree.", markdown: false, UnitKind.Sentence, "d", "war");
        Assert.Equal(["d.s0001", "d.s0002", "d.s0003"], parsed.Units.Select(u => u.Id));
        Assert.Equal([1, 2, 3], parsed.Units.Select(u => u.Ordinal));
        Assert.Equal("Three.", parsed.Units[2].TextIn(parsed.Text));
    }

    [Fact]
    public void Parse_PlainText_HashLineIsAUnit()
    {
        var parsed = DocumentParser.Parse("# not a heading in .txt\n\nBody.", markdown: false, UnitKind.Paragraph, "d", "");
        Assert.Equal(2, parsed.Units.Count);
        Assert.Equal(string.Empty, parsed.Units[1].Section);
    }

    [Fact]
    public void HashUnit_KnownText_FirstSixteenHexOfSha256() =>
        Assert.Equal("b94d27b9934d3e08", DocumentParser.HashUnit("hello world"));

    [Theory]
    [InlineData(10)]
    [InlineData(2000)]
    public void HashUnit_LongAndNonAsciiText_MatchesSha256OfUtf8(int repeat)
    {
        var text = string.Concat(Enumerable.Repeat("Qarabağ — Карабах. ", repeat));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
        Assert.Equal(expected, DocumentParser.HashUnit(text));
    }

    [Fact]
    public void Parse_HeadingDirectlyAboveText_StillASection()
    {
        var parsed = DocumentParser.Parse("# Intro\nText right below.\n## Next\nMore.", markdown: true, UnitKind.Paragraph, "d", "");
        Assert.Equal("Intro\n\nText right below.\n\nNext\n\nMore.\n", parsed.Text);
        Assert.Equal(["Intro", "Next"], parsed.Units.Select(u => u.Section));
    }

    [Fact]
    public void Parse_SnakeCaseWord_KeepsUnderscores()
    {
        var parsed = DocumentParser.Parse("the russia_role dimension", markdown: true, UnitKind.Paragraph, "d", "");
        Assert.Equal("the russia_role dimension\n", parsed.Text);
    }

    [Theory]
    [InlineData(false, UnitKind.Paragraph)]
    [InlineData(false, UnitKind.Sentence)]
    [InlineData(true, UnitKind.Paragraph)]
    [InlineData(true, UnitKind.Sentence)]
    public void Parse_RandomText_SameTextAndUnitsAsReference(bool markdown, UnitKind unitKind)
    {
        var i = 0;
        foreach (var body in RandomCorpusText.Many(seed: markdown ? 2 : 3, count: 5_000, maxPieces: 200))
        {
            var expected = ReferenceDocumentParser.Parse(body, markdown, unitKind, "doc", "war");
            var actual = DocumentParser.Parse(body, markdown, unitKind, "doc", "war");
            Assert.True(expected.Text == actual.Text, $"text {i}: {body}");
            Assert.Equal(expected.Units, actual.Units);
            i++;
        }
    }
}
