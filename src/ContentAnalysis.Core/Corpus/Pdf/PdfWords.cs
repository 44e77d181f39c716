namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Groups a page's glyphs into words in the order the content stream draws them, which is the order they are read in
/// within a word: a word ends at a space glyph, where the baseline moves (a raised footnote number is a word of its own),
/// where the next glyph starts left of the one before (a new line), and at a gap wider than
/// <see cref="WordGap"/> of the font size. Kerning and a word drawn as several runs (<c>ceasefi</c> + <c>re</c>) stay one
/// word. This replaces PdfPig's generic extractor, which sorts every letter by position first.
/// </summary>
internal static class PdfWords
{
    /// <summary>
    /// The widest gap inside a word, as a share of the font size: above kerning (rarely beyond 0.1 em) and below the
    /// narrowest justified word space (TeX shrinks a 0.33 em space to 0.22 em; a Helvetica space is 0.28 em).
    /// </summary>
    public const double WordGap = 0.15;

    /// <summary>How far, as a share of the font size, the baseline may move inside a word (rounding, not a superscript).</summary>
    public const double BaselineShift = 0.15;

    /// <summary>How far back, as a share of the font size, a glyph may start before the previous one and still be in its word.</summary>
    public const double Overlap = 0.1;

    /// <summary>Adds the words of <paramref name="glyphs"/> to <paramref name="words"/>.</summary>
    public static void Group(ReadOnlySpan<PdfGlyph> glyphs, List<PdfWord> words)
    {
        var start = -1;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            if (start >= 0 && (glyph.IsBreak || Separates(glyphs[i - 1], glyph)))
            {
                words.Add(PdfWord.Of(glyphs[start..i], start));
                start = -1;
            }

            if (start < 0 && !glyph.IsBreak)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            words.Add(PdfWord.Of(glyphs[start..], start));
        }
    }

    /// <summary>Whether <paramref name="next"/> starts a new word after <paramref name="previous"/> (neither a break).</summary>
    public static bool Separates(in PdfGlyph previous, in PdfGlyph next)
    {
        var size = Math.Max(previous.Size, next.Size);
        return Math.Abs(next.Baseline - previous.Baseline) > BaselineShift * size
            || next.X < previous.X - (Overlap * size)
            || next.X - previous.EndX > WordGap * size;
    }
}
