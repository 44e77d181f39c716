using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ContentAnalysis.Core.Tests.Corpus.Pdf;

/// <summary>
/// PDFs built here with PdfPig's writer (Helvetica, A4, body 10 pt on a 12 pt pitch, notes 8 pt) and read back. The
/// expected units are the text as a reader of the page would write it down, by hand.
/// </summary>
public sealed class PdfTextTests
{
    /// <summary>
    /// Two pages of two columns (left x = 50, right x = 315), a first-line indent of 15 pt, a 16 pt title, a running head
    /// and page numbers on both pages, a footnote with a raised marker, the ligature glyph ﬂ, a word drawn as two glyph
    /// runs (<c>ceasefi</c> + <c>re</c>), a paragraph running from the left into the right column, and one hyphenated
    /// across the page break (<c>par-</c> / <c>ties</c>).
    /// </summary>
    public static byte[] Paper()
    {
        using var pdf = new PaperBuilder();
        pdf.Info("Russia's Four Hats", "A. Writer");

        var page = pdf.Page();
        pdf.Text(page, "Caucasus Survey 9 (2021)", 50, 810, 8);
        pdf.Text(page, "Russia's Four Hats", 200, 760, 16);
        pdf.Text(page, "Moscow acted as mediator, arms sup-", 65, 720);
        pdf.Text(page, "plier and security guarantor at the same", 50, 708);
        var end = pdf.Text(page, "time during the con\uFB02ict.", 50, 696);
        pdf.Text(page, "1", end + 0.5, 699.5, 7);
        pdf.Text(page, "Azerbaijan balanced towards Moscow", 65, 684);
        pdf.Text(page, "after the war ended in November.", 315, 720);
        var ceasefi = pdf.Text(page, "The ceasefi", 330, 708);
        pdf.Text(page, "re held for a year, until", ceasefi + 0.3, 708);
        pdf.Text(page, "the second war among par-", 315, 696);
        pdf.Text(page, "1 Th. de Waal, Black Garden: Armenia and Azerbaijan through", 50, 80, 8);
        pdf.Text(page, "Peace and War, New York 2003, p. 12.", 50, 70, 8);
        pdf.Text(page, "1", 297, 40);

        page = pdf.Page();
        pdf.Text(page, "Caucasus Survey 9 (2021)", 50, 810, 8);
        pdf.Text(page, "ties in September 2020 ended with a", 50, 720);
        pdf.Text(page, "truce.", 50, 708);
        pdf.Text(page, "Russian peacekeepers deployed in", 65, 696);
        pdf.Text(page, "Karabakh.", 50, 684);
        pdf.Text(page, "2", 297, 40);
        return pdf.Build();
    }

    [Fact]
    public void Read_TwoColumnPaper_UnitsInReadingOrderWithNotesApart()
    {
        var document = PdfText.Read(Paper(), "paper.pdf");
        Assert.Equal("Russia's Four Hats", document.Fields["title"]);
        Assert.Equal("A. Writer", document.Fields["author"]);
        var parsed = DocumentParser.ParseBlocks(document, UnitKind.Paragraph, "paper", string.Empty);
        Assert.Equal(
            [
                ("Russia's Four Hats", "Moscow acted as mediator, arms supplier and security guarantor at the same time during the conflict."),
                ("Russia's Four Hats", "Azerbaijan balanced towards Moscow after the war ended in November."),
                ("Russia's Four Hats", "The ceasefire held for a year, until the second war among parties in September 2020 ended with a truce."),
                ("Russia's Four Hats", "Russian peacekeepers deployed in Karabakh."),
                ("Notes", "1 Th. de Waal, Black Garden: Armenia and Azerbaijan through Peace and War, New York 2003, p. 12."),
            ],
            parsed.Units.Select(u => (u.Section, u.TextIn(parsed.Text))));
    }

    [Fact]
    public void Read_BlockParagraphsAndHeading_SplitAtWideGapsNotAtLines()
    {
        using var pdf = new PaperBuilder();
        var page = pdf.Page();
        pdf.Text(page, "Background", 50, 760, 14);
        pdf.Text(page, "Talks began in Moscow on 9 October", 50, 730);
        pdf.Text(page, "and ended after ten hours.", 50, 718);
        pdf.Text(page, "A ceasefire was agreed.", 50, 694);
        pdf.Text(page, "It failed within days.", 50, 670);
        var document = PdfText.Read(pdf.Build(), "b.pdf");
        var parsed = DocumentParser.ParseBlocks(document, UnitKind.Paragraph, "b", string.Empty);
        Assert.Equal(
            [
                ("Background", "Talks began in Moscow on 9 October and ended after ten hours."),
                ("Background", "A ceasefire was agreed."),
                ("Background", "It failed within days."),
            ],
            parsed.Units.Select(u => (u.Section, u.TextIn(parsed.Text))));
        Assert.Empty(document.Fields);
    }

    /// <summary>
    /// Twenty pages of two columns of 16 lines (paragraphs of 8 lines, the first indented), a running head, a page number
    /// and one note a page (notes and lines differ in their words, not only their digits, or they would pass for running
    /// heads): enough pages for several reading threads. Whatever the number of threads, the units are the
    /// paragraphs in page and column order, each the 8 lines written, and the notes follow.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_LongDocumentOnSeveralThreads_SameUnitsInPageOrder(int workers)
    {
        // Every line different (its number in the document written in base 23 with words), so none repeats at the same
        // height on another page and passes for a running head.
        string[] words = ["Russia", "mediator", "ceasefire", "conflict", "Azerbaijan", "Armenia", "the", "of", "and", "peacekeepers", "Moscow",
            "balancing", "security", "guarantor", "arms", "supplier", "talks", "war", "treaty", "official", "statement", "Karabakh", "region"];
        string LineText(int page, int column, int line)
        {
            var n = (((2 * (page - 1)) + column - 1) * 16) + line;
            return $"{words[n % 23]} {words[n / 23 % 23]} {words[n / 529]} in the talks";
        }

        using var pdf = new PaperBuilder();
        for (var p = 1; p <= 20; p++)
        {
            var page = pdf.Page();
            pdf.Text(page, "Test Journal 3 (2026)", 50, 810, 8);
            for (var c = 1; c <= 2; c++)
            {
                for (var l = 0; l < 16; l++)
                {
                    pdf.Text(page, LineText(p, c, l), (c == 1 ? 50 : 315) + (l % 8 == 0 ? 15 : 0), 760 - (12 * l));
                }
            }

            pdf.Text(page, $"{p} As {words[p]} said.", 50, 80, 8);
            pdf.Text(page, $"{p}", 297, 40);
        }

        var document = PdfText.Read(pdf.Build(), "long.pdf", workers);
        var parsed = DocumentParser.ParseBlocks(document, UnitKind.Paragraph, "long", string.Empty);
        var expected = Enumerable.Range(1, 20)
            .SelectMany(p => new[] { (p, 1, 0), (p, 1, 8), (p, 2, 0), (p, 2, 8) })
            .Select(s => string.Join(' ', Enumerable.Range(s.Item3, 8).Select(l => LineText(s.p, s.Item2, l))))
            .Concat(Enumerable.Range(1, 20).Select(p => $"{p} As {words[p]} said."));
        Assert.Equal(expected, parsed.Units.Select(u => u.TextIn(parsed.Text)));
    }

    [Fact]
    public void Read_NoTextLayer_RefusedSayingNoOcr()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new PdfPoint(50, 50), 400, 600);
        var error = Assert.Throws<InputException>(() => PdfText.Read(builder.Build(), "scan.pdf"));
        Assert.Equal(
            "scan.pdf: error QCA2040: cannot import 'scan.pdf': the PDF has no text layer (a scan?) and qcat does no OCR (run OCR first (e.g. ocrmypdf) and import the result)",
            Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Read_NotAPdf_OneLineError()
    {
        var error = Assert.Throws<InputException>(() => PdfText.Read("plain text, not a PDF"u8.ToArray(), "fake.pdf"));
        Assert.Equal(CorpusDiagnostics.BadFile, Assert.Single(error.Diagnostics).Code);
        Assert.Contains("not a readable PDF", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Pdf_MetadataFromInformationAndUnitsStored()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "paper.pdf");
        File.WriteAllBytes(file, Paper());
        var layout = new ProjectLayout(temp.Path);
        var outcome = Assert.Single(CorpusImporter.Import(layout, [file], new CorpusImportOptions { Clock = () => DateTimeOffset.UnixEpoch }));
        Assert.Equal(("added", 5), (outcome.Status, outcome.UnitCount));
        var store = CorpusStore.Open(layout);
        var document = store.FindDocument("paper")!;
        Assert.Equal(("Russia's Four Hats", "A. Writer"), (document.Metadata.Title, document.Metadata.Author));
        Assert.Equal("paper.p005", store.UnitsOf("paper").Single(u => u.Section == "Notes").Id);
    }

    /// <summary>A thin layer over PdfPig's writer: text at a position in Helvetica, returning where the text ends.</summary>
    internal sealed class PaperBuilder : IDisposable
    {
        private readonly PdfDocumentBuilder _builder = new();
        private readonly PdfDocumentBuilder.AddedFont _font;

        public PaperBuilder() => _font = _builder.AddStandard14Font(Standard14Font.Helvetica);

        public void Info(string title, string author)
        {
            _builder.DocumentInformation.Title = title;
            _builder.DocumentInformation.Author = author;
        }

        public PdfPageBuilder Page() => _builder.AddPage(595, 842);

        public double Text(PdfPageBuilder page, string text, double x, double y, double size = 10) =>
            page.AddText(text, size, new PdfPoint(x, y), _font)[^1].EndBaseLine.X;

        public byte[] Build() => _builder.Build();

        public void Dispose() => _builder.Dispose();
    }
}
