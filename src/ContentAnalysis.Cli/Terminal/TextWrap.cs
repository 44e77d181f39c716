namespace ContentAnalysis.Cli.Terminal;

/// <summary>Greedy word wrapping for the session screens, by terminal cell width.</summary>
internal static class TextWrap
{
    /// <summary>Wraps <paramref name="text"/> to lines of at most <paramref name="width"/> cells, at least 10 (longer words are cut between grapheme clusters).</summary>
    public static IReadOnlyList<string> Lines(string text, int width) => CellText.Wrap(text, Math.Max(10, width));
}
