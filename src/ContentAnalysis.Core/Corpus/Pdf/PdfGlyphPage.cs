namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A page read for its text only (by <see cref="PdfGlyphPageFactory"/>): its number, its visible height and its glyphs in
/// content-stream order. The factory reuses one instance, so a page is valid until the next page of its document is read.
/// </summary>
internal sealed class PdfGlyphPage
{
    /// <summary>The page number, from 1.</summary>
    public int Number { get; set; }

    /// <summary>The height of the visible page (its crop box, turned by the page's rotation), as PdfPig's <c>Page.Height</c>.</summary>
    public double Height { get; set; }

    /// <summary>Every glyph the page draws, one for each PdfPig letter, in the same order.</summary>
    public List<PdfGlyph> Glyphs { get; } = new(4096);
}
