using ContentAnalysis.Core.Corpus;
using UglyToad.PdfPig;

namespace ContentAnalysis.Core.Tests.Corpus.Pdf;

/// <summary>
/// qcat's grouping of glyphs into words, on glyph runs written down by hand: 10 pt text on the baseline y = 700, each
/// glyph 5 pt wide unless said otherwise. At 10 pt a gap wider than 0.15 em = 1.5 pt ends a word, and so does a baseline
/// moved by more than 1.5 pt or a glyph starting more than 1 pt left of the one before.
/// </summary>
public sealed class PdfWordsTests
{
    [Fact]
    public void Group_LigatureGlyph_OneWordWithTheLigatureInside()
    {
        // c o n ﬂ i c t . — the ﬂ glyph (5.56 pt wide, Helvetica's) is one glyph holding two letters' worth of text.
        var glyphs = Run(100, "con").Concat([Glyph("ﬂ", 115, 5.56)]).Concat(Run(120.56, "ict.")).ToArray();
        Assert.Equal(["conﬂict."], Texts(glyphs));
    }

    [Theory]
    [InlineData(-0.54, 1)] // a negative kern (W a): the glyph starts inside the one before
    [InlineData(0.3, 1)]   // a word drawn as two runs, ceasefi + re, 0.3 pt apart
    [InlineData(1.2, 1)]   // a wide positive kern, 0.12 em
    [InlineData(1.5, 1)]   // exactly 0.15 em: still inside
    [InlineData(1.6, 2)]   // 0.16 em: a word space without a space glyph
    [InlineData(2.78, 2)]  // Helvetica's space width, 0.278 em
    public void Group_GapBetweenRuns_SplitsAboveSixteenthsOfAnEm(double gap, int words)
    {
        // "ceasefi" ends at 100 + 7 × 5 = 135; "re" starts at 135 + gap.
        var glyphs = Run(100, "ceasefi").Concat(Run(135 + gap, "re")).ToArray();
        Assert.Equal(words, Texts(glyphs).Count);
    }

    [Fact]
    public void Group_SuperscriptFootnoteNumber_AWordOfItsOwn()
    {
        // "war." ends at 120; the 7 pt note number 1 is set 0.5 pt after it, raised 3.5 pt (> 1.5 pt), then a space and "The".
        var glyphs = Run(100, "war.").Append(Glyph("1", 120.5, 3.89, baseline: 703.5, size: 7)).Append(Glyph(" ", 124.39, 2.78)).Concat(Run(127.17, "The")).ToArray();
        Assert.Equal(["war.", "1", "The"], Texts(glyphs));
    }

    [Fact]
    public void Group_BaselineJitterUnderOneAndAHalfPoints_OneWord()
    {
        // Some producers place every glyph on its own, rounding the baseline: 0.4 pt is not a superscript.
        var glyphs = new[] { Glyph("t", 100), Glyph("o", 105, baseline: 700.4), Glyph("o", 110) };
        Assert.Equal(["too"], Texts(glyphs));
    }

    [Fact]
    public void Group_HyphenAtLineEnd_StaysWithItsWordAndTheNextLineStartsAnother()
    {
        // "par-" on the line at y = 700, then "ties" back at x = 50 on the line 12 pt below: baseline and position both break.
        var glyphs = Run(260, "par-").Concat(Run(50, "ties", baseline: 688)).ToArray();
        Assert.Equal(["par-", "ties"], Texts(glyphs));
    }

    [Fact]
    public void Group_OverprintedOrRestartedText_SplitsWhereTheNextGlyphStartsFurtherLeft()
    {
        // A glyph starting 0.8 pt left of the one before (< 1 pt) is kerning; 1.2 pt further left is a new run.
        Assert.Single(Texts([Glyph("a", 100, 1), Glyph("b", 99.2)]));
        Assert.Equal(2, Texts([Glyph("a", 100, 1), Glyph("b", 98.8)]).Count);
    }

    [Fact]
    public void Group_SpaceAndBreakGlyphs_EndWordsAndAreInNone()
    {
        var glyphs = new[] { Glyph("a", 100), Glyph(" ", 105, 0), Glyph("b", 105), PdfGlyph.Break(110, 110, 700, 10), Glyph("c", 110) };
        var words = Group(glyphs);
        Assert.Equal([(0, 1), (2, 3), (4, 5)], words.Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void Of_WordWithSmallRaisedGlyph_BoxAndBaselineOfTheLargestGlyphs()
    {
        // x (10 pt, ink top 705.3) then a 7 pt "2" raised 0.9 pt (inside the baseline tolerance, so the same word).
        var word = PdfWord.Of([Glyph("x", 100, 5, top: 705.3), Glyph("2", 105, 3.5, baseline: 700.9, size: 7, top: 706.0)], 3);
        Assert.Equal(new PdfWord(3, 5, 100, 108.5, 706.0, 700, 700, 10), word);
    }

    [Fact]
    public void Group_PaperFixture_SameWordsAsPdfPigsOwnExtractor()
    {
        // On a cleanly made PDF the two groupings agree word for word (PdfPig's sorts letters by position first).
        var bytes = PdfTextTests.Paper();
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            var glyphs = page.Letters.Select(PdfGlyph.From).ToArray();
            var ours = Group(glyphs).Select(w => string.Concat(glyphs[w.Start..w.End].Select(g => g.Value))).Order(StringComparer.Ordinal);
            var theirs = page.GetWords().Select(w => w.Text).Where(t => !string.IsNullOrWhiteSpace(t)).Order(StringComparer.Ordinal);
            Assert.Equal(theirs, ours);
        }
    }

    // A space is a break glyph, as PdfGlyph.From makes it.
    private static PdfGlyph Glyph(string value, double x, double width = 5, double baseline = 700, double size = 10, double? top = null) =>
        string.IsNullOrWhiteSpace(value)
            ? PdfGlyph.Break(x, x + width, baseline, size)
            : new(value, x, x + width, x + width, top ?? baseline + (0.7 * size), baseline, size);

    private static IEnumerable<PdfGlyph> Run(double x, string text, double baseline = 700) =>
        text.Select((c, i) => Glyph(c.ToString(), x + (5 * i), baseline: baseline));

    private static List<PdfWord> Group(PdfGlyph[] glyphs)
    {
        var words = new List<PdfWord>();
        PdfWords.Group(glyphs, words);
        return words;
    }

    private static List<string> Texts(PdfGlyph[] glyphs) =>
        [.. Group(glyphs).Select(w => string.Concat(glyphs[w.Start..w.End].Select(g => g.Value)))];
}
