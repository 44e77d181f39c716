using ContentAnalysis.Cli.Terminal;

namespace ContentAnalysis.Cli.Output;

/// <summary>
/// Greedy word wrapping by terminal cell width for tables and notes; only a word wider than the whole line is cut,
/// and only between grapheme clusters. The one wrapping rule is <see cref="CellText.Wrap"/> (the coding screen's).
/// </summary>
internal static class WordWrap
{
    /// <summary>The lines of <paramref name="text"/> wrapped to at most <paramref name="width"/> cells (line breaks kept).</summary>
    public static List<string> Lines(string text, int width) => CellText.Wrap(text, width);

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/> cells, lines joined with <c>\n</c>.</summary>
    public static string Wrap(string text, int width) => string.Join('\n', Lines(text, width));
}
