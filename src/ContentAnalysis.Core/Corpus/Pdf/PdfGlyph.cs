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
        Of(
            letter.Value,
            letter.TextOrientation == TextOrientation.Horizontal,
            letter.StartBaseLine.X,
            letter.EndBaseLine.X,
            letter.StartBaseLine.Y,
            letter.Width,
            letter.BoundingBox.Width,
            letter.BoundingBox.TopLeft.Y,
            letter.PointSize);

    /// <summary>
    /// A glyph in its layout form from what PdfPig's <see cref="Letter"/> holds: its text, whether it is written left to
    /// right, its advance on the baseline (<paramref name="x"/> to <paramref name="endX"/>, <paramref name="width"/> long),
    /// the width and top of its box (the ink, or the advance where the font gives no ink) and its size in points.
    /// </summary>
    public static PdfGlyph Of(string value, bool horizontal, double x, double endX, double baseline, double width, double boxWidth, double top, double size) =>
        !horizontal || string.IsNullOrWhiteSpace(value)
            ? Break(x, endX, baseline, size)
            : new PdfGlyph(value, x, endX, x + Math.Max(width, boxWidth), top, baseline, size);

    /// <summary>A word break (a space) from <paramref name="x"/> to <paramref name="endX"/>.</summary>
    public static PdfGlyph Break(double x, double endX, double baseline, double size) => new(string.Empty, x, endX, endX, baseline, baseline, size);
}
