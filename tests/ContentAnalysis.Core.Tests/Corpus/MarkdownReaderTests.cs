using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// The chunked Markdown import must give exactly the text and units of the whole-document parse
/// (<see cref="TextNormalizer.Clean(string)"/> then <see cref="DocumentParser.Parse"/>), which stays in the code for files
/// with link reference definitions and serves as the reference here.
/// </summary>
public sealed class MarkdownReaderTests
{
    [Theory]
    [InlineData(UnitKind.Paragraph, 0, false)]
    [InlineData(UnitKind.Paragraph, 200, true)]
    [InlineData(UnitKind.Sentence, 0, false)]
    public void Read_RandomMarkdown_SameTextAndUnitsAsWholeDocument(UnitKind unitKind, int chunkChars, bool onDisk)
    {
        using var temp = new TempDirectory();
        var random = new Random(21 + chunkChars);
        for (var i = 0; i < 1_500; i++)
        {
            var body = RandomMarkdown.Generate(random, maxBlocks: 30, links: false);
            var content = random.Next(5) == 0 ? body.Replace("\n", "\r\n", StringComparison.Ordinal) : body;
            var bytes = Encoding.UTF8.GetBytes(content);
            var file = temp.WriteBytes($"m{i}.md", bytes);
            Assert.True(MarkdownReader.CanStream(file));
            AssertSameAsWholeDocument(file, bytes, unitKind, chunkChars, onDisk, content);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    public void Read_RandomPieces_SameTextAndUnitsAsWholeDocument(int chunkChars)
    {
        // The corpus code's own random text: blank lines with blanks, '>' and list marks, form feeds, page numbers.
        using var temp = new TempDirectory();
        var i = 0;
        foreach (var text in RandomCorpusText.Many(seed: 22, count: 2_000, maxPieces: 200))
        {
            var body = text.Replace("]:", "] :", StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes(body);
            var file = temp.WriteBytes($"p{i++}.md", bytes);
            AssertSameAsWholeDocument(file, bytes, UnitKind.Paragraph, chunkChars, onDisk: false, body);
        }
    }

    [Fact]
    public void Read_LongDocument_SameTextAndUnitsAcrossChunks()
    {
        // Several default-sized chunks, a fence longer than a chunk, and a comment across chunk-sized text.
        using var temp = new TempDirectory();
        var random = new Random(23);
        var text = new StringBuilder();
        while (text.Length < 3 * MarkdownReader.ChunkChars)
        {
            text.Append(RandomMarkdown.Generate(random, maxBlocks: 40, links: false).TrimEnd('`', '~', '\n')).Append("\n\n");
        }

        text.Append("```\n").Append(string.Concat(Enumerable.Repeat("code\n\n# not a heading\n\n", 20_000))).Append("```\n\nafter the fence\n\n<!--\n\n");
        text.Append(string.Concat(Enumerable.Repeat("hidden\n\n", 30_000))).Append("-->\n\n# The end\n\nlast words\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var file = temp.WriteBytes("long.md", bytes);
        AssertSameAsWholeDocument(file, bytes, UnitKind.Paragraph, MarkdownReader.ChunkChars, onDisk: true, "long");
    }

    [Theory]
    [InlineData("[ref]: http://x.org\n\nSee [ref].", false)]
    [InlineData("Text[^1].\n\n[^1]: A note.", false)]
    [InlineData("Time 12:30 and [a] : b", true)]
    [InlineData("", true)]
    public void CanStream_LinkDefinition_FalseSoTheWholeDocumentIsParsed(string content, bool expected)
    {
        using var temp = new TempDirectory();
        Assert.Equal(expected, MarkdownReader.CanStream(temp.WriteBytes("d.md", Encoding.UTF8.GetBytes(content))));
    }

    private static void AssertSameAsWholeDocument(string file, byte[] bytes, UnitKind unitKind, int chunkChars, bool onDisk, string label)
    {
        var whole = TextNormalizer.NormalizeLines(StrictUtf8.Decode(bytes, "f"));
        string body;
        try
        {
            body = FrontMatter.Split(whole, "f").Body;
        }
        catch (InputException e)
        {
            // A document opening with a thematic break '---' has front matter that is not closed or not YAML.
            var failure = Assert.Throws<InputException>(() => MarkdownReader.Read(file, "f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, onDisk, chunkChars));
            Assert.Equal(e.Diagnostics, failure.Diagnostics);
            return;
        }

        var expected = DocumentParser.Parse(TextNormalizer.Clean(body), markdown: true, unitKind, "doc", "war");
        using var reader = MarkdownReader.Read(file, "f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, onDisk, chunkChars);
        StreamedOutputAssert.SameAsParse(expected, reader.Output, file + ".out", label);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), reader.FileHash);
    }
}
