namespace ContentAnalysis.Cli.Terminal;

/// <summary>One line of the session screen.</summary>
/// <param name="Text">Plain text (no markup).</param>
/// <param name="Style">Its role.</param>
internal readonly record struct ScreenLine(string Text, LineStyle Style);
