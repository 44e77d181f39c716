using ContentAnalysis.Core.Corpus;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Writer;

namespace ContentAnalysis.Core.Tests.Corpus.Pdf;

/// <summary>
/// The text-only page reader against PdfPig's own pages: for every glyph it must give exactly what PdfPig's
/// <c>Letter</c> gives (through <see cref="PdfGlyph.From"/>), and the page's height, so that the importer's units do not
/// depend on which of the two read the page.
/// </summary>
public sealed class PdfGlyphPageFactoryTests
{
    [Fact]
    public void GetPage_PaperFixture_SameGlyphsAsPdfPigsLetters()
    {
        var glyphs = SameAsPdfPig(PdfTextTests.Paper());

        // Page 2 draws 5 runs: "Caucasus Survey 9 (2021)" (24 glyphs), "ties in September 2020 ended with a" (35),
        // "truce." (6), "Russian peacekeepers deployed in" (32), "Karabakh." (9), "2" (1): 107 glyphs, 3 + 6 + 3 = 12 of them spaces.
        Assert.Equal(107, glyphs[1].Count);
        Assert.Equal(12, glyphs[1].Count(g => g.IsBreak));
    }

    [Fact]
    public void GetPage_TurnedScaledRaisedTextAndDrawings_SameGlyphsAndHeightsAsPdfPig()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);

        // Page 1: plain text, text squeezed to 80 % with 1 pt between letters and raised by 3 pt, lines and a filled rectangle.
        var page = builder.AddPage(595, 842);
        page.AddText("Plain text", 10, new PdfPoint(50, 700), font);
        page.CurrentStream.Operations.Add(new SetHorizontalScaling(80));
        page.CurrentStream.Operations.Add(new SetCharacterSpacing(1));
        page.CurrentStream.Operations.Add(new SetTextRise(3));
        page.AddText("Squeezed", 10, new PdfPoint(50, 680), font);
        page.CurrentStream.Operations.Add(new SetHorizontalScaling(100));
        page.CurrentStream.Operations.Add(new SetCharacterSpacing(0));
        page.CurrentStream.Operations.Add(new SetTextRise(0));
        page.DrawLine(new PdfPoint(50, 650), new PdfPoint(300, 650), 1);
        page.DrawRectangle(new PdfPoint(50, 600), 100, 20, 1, fill: true);

        // Page 2 (upright A4): text turned by 90°, 180° and 45°, each inside q … Q, then upright text again.
        page = builder.AddPage(595, 842);
        Turned(page, 0, 1, -1, 0, 100, 100, "Up the page", font);
        Turned(page, -1, 0, 0, -1, 400, 500, "Upside down", font);
        Turned(page, 0.7071, 0.7071, -0.7071, 0.7071, 200, 200, "Slanted", font);
        page.AddText("Upright again", 12, new PdfPoint(50, 400), font);

        // Page 3: A4 turned by 90° (842 wide, 595 high); text drawn upright in the page's own space turns with it.
        page = builder.AddPage(595, 842);
        page.SetRotation(new PageRotationDegrees(90));
        page.AddText("Plain text", 10, new PdfPoint(50, 700), font);

        var glyphs = SameAsPdfPig(builder.Build());

        // "Plain text" and "Squeezed": 18 glyphs, one a space; "Up the page" (11), "Upside down" (11), "Slanted" (7):
        // not written left to right, so every one is a break; "Upright again": 13 glyphs, one a space; "Plain text" on
        // the turned page runs up the page as shown: 10 breaks.
        Assert.Equal([18, 42, 10], glyphs.Select(g => g.Count));
        Assert.Equal([1, 30, 10], glyphs.Select(g => g.Count(x => x.IsBreak)));
    }

    /// <summary>Asserts that every page reads the same both ways and returns the glyphs of each page.</summary>
    private static List<List<PdfGlyph>> SameAsPdfPig(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        pdf.AddPageFactory<PdfGlyphPage, PdfGlyphPageFactory>();
        var pages = new List<List<PdfGlyph>>();
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            var page = pdf.GetPage(n);
            var ours = pdf.GetPage<PdfGlyphPage>(n);
            Assert.Equal(n, ours.Number);
            Assert.Equal(page.Height, ours.Height);
            Assert.Equal(page.Letters.Select(PdfGlyph.From), ours.Glyphs);
            pages.Add([.. ours.Glyphs]);
        }

        return pages;
    }

    /// <summary>Draws <paramref name="text"/> at 10 pt under the matrix [a b c d e f], between q and Q.</summary>
    private static void Turned(PdfPageBuilder page, double a, double b, double c, double d, double e, double f, string text, PdfDocumentBuilder.AddedFont font)
    {
        page.CurrentStream.Operations.Add(Push.Value);
        page.CurrentStream.Operations.Add(new ModifyCurrentTransformationMatrix([a, b, c, d, e, f]));
        page.AddText(text, 10, new PdfPoint(0, 0), font);
        page.CurrentStream.Operations.Add(Pop.Value);
    }
}
