using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// The streamed <c>.txt</c> import must give exactly the text and units of the whole-text path it replaced
/// (<see cref="TextNormalizer.Clean(string)"/> then <see cref="DocumentParser.Parse"/>), which stays in the code for
/// <c>--strip-boilerplate</c> and serves as the reference here.
/// </summary>
public sealed class PlainTextReaderTests
{
    private static readonly Dictionary<string, string> Periods = new(StringComparer.Ordinal);

    [Theory]
    [InlineData(UnitKind.Paragraph, false)]
    [InlineData(UnitKind.Sentence, true)]
    public void Read_RandomText_SameTextAndUnitsAsWholeText(UnitKind unitKind, bool onDisk)
    {
        using var temp = new TempDirectory();
        var random = new Random(11);
        var i = 0;
        foreach (var body in RandomCorpusText.Many(seed: 12, count: 3_000, maxPieces: 200))
        {
            var content = random.Next(4) switch
            {
                0 => "---\ntitle: A title\n---\n" + body,
                1 => body.Replace("\n", "\r\n", StringComparison.Ordinal),
                _ => body,
            };
            var bytes = Encoding.UTF8.GetBytes(content);
            if (random.Next(5) == 0)
            {
                bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            }

            var file = temp.WriteBytes($"t{i++}.txt", bytes);
            AssertSameAsWholeText(file, bytes, unitKind, onDisk, body);
        }
    }

    [Theory]
    [InlineData(UnitKind.Paragraph)]
    [InlineData(UnitKind.Sentence)]
    public void Read_LongText_SameTextAndUnitsAcrossFlushes(UnitKind unitKind)
    {
        // Long enough for several 64 K-character flushes of the text and 4,096-unit batches of rows.
        using var temp = new TempDirectory();
        var text = new StringBuilder();
        foreach (var piece in RandomCorpusText.Many(seed: 13, count: 3_000, maxPieces: 150))
        {
            text.Append(piece).Append("\n\nA sentence. Another one here. ").Append(piece.Length).Append(".\n\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var file = temp.WriteBytes("long.txt", bytes);
        AssertSameAsWholeText(file, bytes, unitKind, onDisk: true, "long");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void TextLineReader_SmallChunks_SameLinesAsWholeText(int chunkBytes)
    {
        using var temp = new TempDirectory();
        var i = 0;
        foreach (var body in RandomCorpusText.Many(seed: 14, count: 500, maxPieces: 80))
        {
            var content = i % 2 == 0 ? body : body.Replace("\n", "\r\n", StringComparison.Ordinal) + "e\u0301\r";
            var bytes = Encoding.UTF8.GetBytes(content);
            var file = temp.WriteBytes($"l{i++}.txt", bytes);
            var lines = new List<string>();
            TextLineReader.Read(file, "f", (line, isLast) => lines.Add(line.ToString() + (isLast ? "" : "\n")), chunkBytes);
            Assert.Equal(TextNormalizer.NormalizeLines(StrictUtf8.Decode(bytes, "f")), string.Concat(lines));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0xC3, 0x28 })]
    [InlineData(new byte[] { 0x61, 0x62, 0x00, 0x63 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 })]
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 })]
    public void Read_NotUtf8_SameErrorAsStrictDecode(byte[] bytes)
    {
        using var temp = new TempDirectory();
        var file = temp.WriteBytes("bad.txt", bytes);
        var expected = Assert.Throws<InputException>(() => StrictUtf8.Decode(bytes, "bad.txt"));
        var actual = Assert.Throws<InputException>(() => TextLineReader.Read(file, "bad.txt", (_, _) => { }, chunkBytes: 2));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    private static void AssertSameAsWholeText(string file, byte[] bytes, UnitKind unitKind, bool onDisk, string label)
    {
        var whole = TextNormalizer.NormalizeLines(StrictUtf8.Decode(bytes, "f"));
        var (_, body, _) = FrontMatter.Split(whole, "f");
        var expected = DocumentParser.Parse(TextNormalizer.Clean(body), markdown: false, unitKind, "doc", "war");
        using var reader = PlainTextReader.Read(file, "f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, onDisk);
        StreamedOutputAssert.SameAsParse(expected, reader.Output, file + ".out", label);
        Assert.All(expected.Units, u => Assert.True(reader.Output.Contains(u, "doc", unitKind)));
    }
}
