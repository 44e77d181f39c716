namespace ContentAnalysis.Core.Corpus;

/// <summary>One block of a web page (or of a text saved from one) with what <see cref="Boilerplate"/> judges it by.</summary>
/// <param name="Text">The block's text, white space collapsed.</param>
/// <param name="IsHeading">Whether it is a heading (<c>h1</c>–<c>h6</c>).</param>
/// <param name="LinkCharacters">How many of its characters are link text.</param>
/// <param name="IsListItem">Whether it is a list (its items are the lines of <paramref name="Text"/>).</param>
internal sealed record PageBlock(string Text, bool IsHeading, int LinkCharacters, bool IsListItem = false)
{
    /// <summary>The share of the text that is link text (0 for a text file).</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkCharacters / Text.Length;

    /// <summary>The number of words.</summary>
    public int Words => Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
