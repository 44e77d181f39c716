namespace ContentAnalysis.Core.Coding;

/// <summary>
/// One span coding: <paramref name="Coder"/> marked the characters <c>[Start, End)</c> of a document's stored
/// normalised text (<c>data/documents/{Document}.txt</c>) with a category of a dimension. Offsets count Unicode
/// code points (scalar values), not UTF-16 chars, so an emoji before the span does not shift it.
/// </summary>
/// <param name="Coder">The coder whose file <c>data/spans/{coder}.csv</c> holds the span.</param>
/// <param name="Document">The document id.</param>
/// <param name="Start">The first code point of the span (0-based).</param>
/// <param name="End">The code point after the span's last one (exclusive; greater than <paramref name="Start"/>).</param>
/// <param name="Dimension">The codebook dimension.</param>
/// <param name="Category">The category of <paramref name="Dimension"/>.</param>
/// <param name="Memo">The coder's memo, or null.</param>
public sealed record CodedSpan(string Coder, string Document, long Start, long End, string Dimension, string Category, string? Memo = null)
{
    /// <summary>The 1-based line of the span file the span was read from; 0 for a span not read from a file.</summary>
    public int Line { get; init; }

    /// <summary>The number of code points the span covers.</summary>
    public long Length => End - Start;
}
