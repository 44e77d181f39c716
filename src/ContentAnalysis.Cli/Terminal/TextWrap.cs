using ContentAnalysis.Cli.Output;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Greedy word wrapping for the unit text.</summary>
internal static class TextWrap
{
    /// <summary>Wraps <paramref name="text"/> to lines of at most <paramref name="width"/> cells, at least 10 (longer words are cut).</summary>
    public static IReadOnlyList<string> Lines(string text, int width) => WordWrap.Lines(text, Math.Max(10, width));
}
