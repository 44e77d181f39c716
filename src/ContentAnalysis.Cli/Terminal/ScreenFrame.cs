namespace ContentAnalysis.Cli.Terminal;

/// <summary>A screen laid out for a terminal of a given size.</summary>
/// <param name="Lines">The lines to draw, top to bottom; never more than the rows given (unless even the header does not fit).</param>
/// <param name="Scroll">Lines of the body scrolled past (clamped to what there is).</param>
/// <param name="BodyRows">Rows the body has on this screen (the page size).</param>
internal sealed record ScreenFrame(IReadOnlyList<ScreenLine> Lines, int Scroll, int BodyRows);
