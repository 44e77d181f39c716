using UglyToad.PdfPig.Content;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// One horizontal glyph of a page as the layout needs it, in content-stream order: its text, where its advance starts
/// and ends on the baseline, the right edge of its ink or advance (whichever is wider), the top of its ink, its baseline
/// and its size in points. Space glyphs and glyphs not written left to right are word breaks (<see cref="IsBreak"/>).
/// </summary>
internal readonly record struct PdfGlyph(string Value, double X, double EndX, double Right, double Top, double Baseline, double Size)
{
    /// <summary>A glyph that only separates words: a space, an empty glyph, or text in another orientation.</summary>
    public bool IsBreak => Value.Length == 0;

    /// <summary>A glyph in its layout form: PdfPig's horizontal word box (advance or ink, whichever is wider).</summary>
    public static PdfGlyph From(Letter letter) =>
        letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrWhiteSpace(letter.Value)
            ? Break(letter.StartBaseLine.X, letter.EndBaseLine.X, letter.StartBaseLine.Y, letter.PointSize)
            : new PdfGlyph(
                letter.Value,
                letter.StartBaseLine.X,
                letter.EndBaseLine.X,
                letter.StartBaseLine.X + Math.Max(letter.Width, letter.BoundingBox.Width),
                letter.BoundingBox.TopLeft.Y,
                letter.StartBaseLine.Y,
                letter.PointSize);

    /// <summary>A word break (a space) from <paramref name="x"/> to <paramref name="endX"/>.</summary>
    public static PdfGlyph Break(double x, double endX, double baseline, double size) => new(string.Empty, x, endX, endX, baseline, baseline, size);
}
