namespace ContentAnalysis.Cli.Terminal;

/// <summary>A page a session mode shows after a unit (e.g. training feedback), until the coder presses a key.</summary>
/// <param name="Title">The heading line.</param>
/// <param name="Lines">The lines under it; wrapped to the terminal and paged like the unit.</param>
internal sealed record SessionPanel(string Title, IReadOnlyList<ScreenLine> Lines);
