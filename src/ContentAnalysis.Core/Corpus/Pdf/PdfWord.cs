namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A word: the glyphs <see cref="Start"/> to <see cref="End"/> (exclusive) of its page, its box (the bottom is the lowest
/// baseline, as in PdfPig's words), the size of its largest glyphs and their baseline, so that a superscript glued to a
/// word does not move it.
/// </summary>
internal readonly record struct PdfWord(int Start, int End, double Left, double Right, double Top, double Bottom, double Baseline, double Size)
{
    /// <summary>The word over <paramref name="glyphs"/>, which start at index <paramref name="start"/> of the page.</summary>
    public static PdfWord Of(ReadOnlySpan<PdfGlyph> glyphs, int start)
    {
        var (left, right, top, bottom, size) = (double.MaxValue, double.MinValue, double.MinValue, double.MaxValue, double.MinValue);
        foreach (var glyph in glyphs)
        {
            left = Math.Min(left, glyph.X);
            right = Math.Max(right, glyph.Right);
            top = Math.Max(top, glyph.Top);
            bottom = Math.Min(bottom, glyph.Baseline);
            size = Math.Max(size, glyph.Size);
        }

        var baseline = double.MaxValue;
        foreach (var glyph in glyphs)
        {
            if (glyph.Size >= size - 0.01)
            {
                baseline = Math.Min(baseline, glyph.Baseline);
            }
        }

        return new PdfWord(start, start + glyphs.Length, left, right, top, bottom, baseline, size);
    }
}
