using Spectre.Console;

namespace ContentAnalysis.Cli.Output;

/// <summary>One cell of a terminal table: plain text and an optional style (colour shows only on a terminal).</summary>
/// <param name="Text">The cell's text, not markup.</param>
/// <param name="Style">The style, or null for the default.</param>
internal readonly record struct OutputCell(string Text, Style? Style = null)
{
    /// <summary>A cell without style.</summary>
    public static implicit operator OutputCell(string text) => new(text);

    /// <summary>A cell without style.</summary>
    public static OutputCell FromString(string text) => new(text);
}
