using System.Text;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding.Spans;

public sealed class SpanFileTests
{
    private const string Header = "document,start,end,dimension,category,memo\n";

    [Fact]
    public void Append_ThenRead_RoundTripsWithMemoQuotedAndLineNumbers()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "data", "spans", "anna.csv");
        SpanFile.Append(path, [new CodedSpan("anna", "doc1", 0, 5, "role", "mediator", "a memo, \"quoted\"\nover two lines")]);
        SpanFile.Append(path, [new CodedSpan("anna", "doc1", 7, 12, "role", "ally")]);

        Assert.Equal(Header + "doc1,0,5,role,mediator,\"a memo, \"\"quoted\"\"\nover two lines\"\ndoc1,7,12,role,ally,\n", File.ReadAllText(path));
        var read = SpanFile.Read(path, "anna", "anna.csv");
        Assert.Empty(read.Diagnostics);
        Assert.Equal(["anna"], read.Coders);
        Assert.Equal(
            [new CodedSpan("anna", "doc1", 0, 5, "role", "mediator", "a memo, \"quoted\"\nover two lines") { Line = 2 }, new CodedSpan("anna", "doc1", 7, 12, "role", "ally") { Line = 4 }],
            read.Spans);
    }

    [Fact]
    public void Read_AbsentFile_NoSpansNoDiagnostics()
    {
        using var temp = new TempDirectory();
        var read = SpanFile.Read(Path.Combine(temp.Path, "none.csv"), "anna", "none.csv");
        Assert.Empty(read.Spans);
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void Read_DamagedRows_EachReportedWithLineOthersKept()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header
            + "doc1,0,5,role,mediator,\n"          // 2 ok
            + "doc1,0,5,role\n"                    // 3 too few fields
            + "doc1,x,5,role,mediator,\n"          // 4 start not a number
            + "doc1,0,-5,role,mediator,\n"         // 5 end not a number
            + "doc1,9,9,role,mediator,\n"          // 6 end not after start
            + ",0,5,role,mediator,\n"              // 7 empty document
            + "doc1,0,5,role,,\n"                  // 8 empty category
            + "doc1,1,3,tone,neg,last");           // 9 ok without line end
        var read = SpanFile.Read(path, "anna", "anna.csv");

        Assert.Equal([2, 9], read.Spans.Select(s => s.Line));
        Assert.Equal(
            [
                "anna.csv(3,1): error QCA4060: 4 fields where 6 are expected (the file was edited by hand or damaged; fix or remove that line)",
                "anna.csv(4,1): error QCA4061: start 'x' is not a non-negative whole number (offsets count Unicode code points from 0)",
                "anna.csv(5,1): error QCA4061: end '-5' is not a non-negative whole number (offsets count Unicode code points from 0)",
                "anna.csv(6,1): error QCA4061: end 9 is not after start 9 (the end is exclusive: a span of one character has end = start + 1)",
                "anna.csv(7,1): error QCA4060: the document is empty (the file was edited by hand or damaged; fix or remove that line)",
                "anna.csv(8,1): error QCA4060: the category is empty (the file was edited by hand or damaged; fix or remove that line)",
            ],
            read.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_InvalidUtf8Line_ReportedAndSkippedOthersKept()
    {
        using var temp = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes(Header + "doc1,0,5,role,mediator,ok\n").Concat(Encoding.UTF8.GetBytes("doc1,0,5,role,mediator,bad")).Append((byte)0xFF).Concat(Encoding.UTF8.GetBytes("\ndoc2,1,2,role,ally,\n")).ToArray();
        var path = temp.WriteBytes("anna.csv", bytes);
        var read = SpanFile.Read(path, "anna", "anna.csv");

        Assert.Equal([2, 4], read.Spans.Select(s => s.Line));
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("QCA4060", 3), (diagnostic.Code, diagnostic.Line));
        // 43 bytes of header + 26 of line 2 + 26 before the bad byte on line 3.
        Assert.Contains("invalid UTF-8 at byte offset 95", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16File_OneFileDiagnostic()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("anna.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Header)]);
        var read = SpanFile.Read(path, "anna", "anna.csv");
        Assert.Empty(read.Spans);
        Assert.Equal("anna.csv(1,1): error QCA4060: UTF-16 (little-endian) text (byte order mark), not UTF-8 (convert it from UTF-16 (little-endian) to UTF-8 (most editors: 'Save with encoding', UTF-8))", Assert.Single(read.Diagnostics).ToString());
    }

    [Fact]
    public void Read_BrokenQuotes_ReportedAndReadingGoesOn()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header
            + "doc1,0,5,role,mediator,\n"
            + "doc1,0,5,role,mediator,\"unclosed\"x\n"
            + "doc2,1,2,role,ally,\n");
        var read = SpanFile.Read(path, "anna", "anna.csv");

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("QCA4060", 3), (diagnostic.Code, diagnostic.Line));
        Assert.Equal([2, 4], read.Spans.Select(s => s.Line));
    }

    [Fact]
    public void Read_MissingHeader_ReportedAndFirstLineReadAsSpan()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", "doc1,0,5,role,mediator,\n");
        var read = SpanFile.Read(path, "anna", "anna.csv");

        Assert.Equal("anna.csv(1,1): error QCA4060: the first line is not the span header (expected 'document,start,end,dimension,category,memo')", Assert.Single(read.Diagnostics).ToString());
        Assert.Equal(1, Assert.Single(read.Spans).Line);
    }

    [Fact]
    public void Append_AfterLineWithoutLineEnd_KeepsItOnItsOwnLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header + "doc1,0,5,role,medi");
        SpanFile.Append(path, [new CodedSpan("anna", "doc1", 7, 12, "role", "ally")]);

        Assert.Equal(Header + "doc1,0,5,role,medi\ndoc1,7,12,role,ally,\n", File.ReadAllText(path));
        var read = SpanFile.Read(path, "anna", "anna.csv");
        Assert.Equal(2, Assert.Single(read.Diagnostics).Line);
        Assert.Equal(3, Assert.Single(read.Spans).Line);
    }

    [Fact]
    public void Append_EndNotAfterStart_Throws()
    {
        using var temp = new TempDirectory();
        Assert.Throws<ArgumentException>(() => SpanFile.Append(Path.Combine(temp.Path, "a.csv"), [new CodedSpan("anna", "doc1", 5, 5, "role", "ally")]));
        Assert.False(File.Exists(Path.Combine(temp.Path, "a.csv")));
    }
}
