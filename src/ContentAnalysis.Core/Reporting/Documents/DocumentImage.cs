namespace ContentAnalysis.Core.Reporting;

/// <summary>An image in two forms and its text alternative (one sentence saying what it shows).</summary>
/// <param name="Svg">The SVG document (inlined in HTML).</param>
/// <param name="Png">The PNG bytes (embedded in Word, written beside Markdown).</param>
/// <param name="AltText">The text alternative.</param>
/// <param name="WidthPixels">The width the image was drawn at.</param>
/// <param name="HeightPixels">The height the image was drawn at.</param>
public sealed record DocumentImage(string Svg, IReadOnlyList<byte> Png, string AltText, int WidthPixels, int HeightPixels);
