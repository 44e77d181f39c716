using System.Text;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Tests.IO;

public sealed class Utf8ScanTests
{
    private const string Text = "unit,value\nd1.p001,1\n";

    // Byte order marks from the Unicode Standard, ch. 23.8 (FF FE, FE FF, FF FE 00 00, 00 00 FE FF).
    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "UTF-16 LE", [.. new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble(), .. new UnicodeEncoding(false, false).GetBytes(Text)], "UTF-16 (little-endian) text (byte order mark), not UTF-8" },
        { "UTF-16 BE", [.. new UnicodeEncoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UnicodeEncoding(true, false).GetBytes(Text)], "UTF-16 (big-endian) text (byte order mark), not UTF-8" },
        { "UTF-32 LE", [.. new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes(Text)], "UTF-32 (little-endian) text (byte order mark), not UTF-8" },
        { "NUL bytes", new byte[64], "binary file, not text: NUL byte at byte offset 0" },
        { "UTF-16 LE without mark", new UnicodeEncoding(false, false).GetBytes(Text), "binary file, not text: NUL byte at byte offset 1" },
        { "NUL in line 2", Encoding.UTF8.GetBytes("unit,value\nd1\0"), "binary file, not text: NUL byte at byte offset 13" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Check_NotUtf8Text_NamesTheEncodingOrBinary(string name, byte[] bytes, string message)
    {
        Assert.NotNull(name);
        Assert.Equal(message, Utf8Scan.Check(bytes)?.Message);
    }

    [Fact]
    public void Check_Utf8WithOrWithoutMark_NoError()
    {
        Assert.Null(Utf8Scan.Check(Encoding.UTF8.GetBytes("Карабах 😀\n")));
        Assert.Null(Utf8Scan.Check([0xEF, 0xBB, 0xBF, (byte)'a']));
        Assert.Null(Utf8Scan.Check([]));
    }

    [Fact]
    public void Check_NulAfterAnInvalidByte_ReportsTheFirstProblem()
    {
        Assert.Equal("invalid UTF-8 at byte offset 1", Utf8Scan.Check([(byte)'a', 0xC9, 0, 0])?.Message);
        Assert.Equal((2, 3), Utf8Scan.Check(Encoding.UTF8.GetBytes("ab\nжb\0")) is { } e ? (e.Line, e.Column) : default);
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Readers_NotUtf8Text_RefusedWithTheSameMessage(string name, byte[] bytes, string message)
    {
        Assert.NotNull(name);
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);

        var document = temp.WriteBytes("doc.txt", bytes);
        Assert.Equal(message, Single(() => CorpusImporter.Import(layout, [document], new CorpusImportOptions())).Message);

        var table = temp.WriteBytes("table.csv", bytes);
        Assert.Equal(message, Single(() => CsvTable.ReadLoose(table, "table.csv", "QCA0000")).Message);

        var sample = temp.WriteBytes("data/samples/s.csv", bytes);
        Assert.Equal(message, Single(() => SampleFile.Read(sample, "data/samples/s.csv")).Message);

        Assert.Equal(message, Single(() => ReliabilityMatrixReader.Read(bytes, new ReliabilityMatrixReadOptions(), "m.csv")).Message);

        var codebook = temp.WriteBytes("codebooks/c.yaml", bytes);
        Assert.Equal(message, Assert.Single(CodebookLoader.LoadFile(codebook, "codebooks/c.yaml").Diagnostics).Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Journal_Utf16_OneErrorNothingLoaded(bool bigEndian)
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        temp.WriteBytes("data/codings/anna.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes("time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n")]);

        var codings = CodingStore.Open(layout).Inspect("anna");

        var error = Assert.Single(codings.Diagnostics);
        Assert.Equal($"data/codings/anna.csv(1,1): error QCA3001: UTF-16 ({(bigEndian ? "big" : "little")}-endian) text (byte order mark), not UTF-8 (convert it from UTF-16 ({(bigEndian ? "big" : "little")}-endian) to UTF-8 (most editors: 'Save with encoding', UTF-8))", error.ToString());
        Assert.Empty(codings.Units);
    }

    private static Diagnostic Single(Action read) => Assert.Single(Assert.Throws<InputException>(read).Diagnostics);

    private static Diagnostic Single<T>(Func<T> read) => Single(() => { read(); });
}
