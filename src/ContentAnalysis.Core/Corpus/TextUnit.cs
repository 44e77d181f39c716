namespace ContentAnalysis.Core.Corpus;

/// <summary>One unit of analysis: a character span of a document's normalised text.</summary>
/// <param name="Id">Unit id: <c>{doc}.p001</c> for paragraphs, <c>{doc}.s0001</c> for sentences.</param>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="Ordinal">1-based position in the document.</param>
/// <param name="Section">The text of the nearest preceding heading, or empty.</param>
/// <param name="Start">Start offset (UTF-16 code units) in the normalised document text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Hash">First 16 hex characters of the SHA-256 of the unit text (UTF-8).</param>
/// <param name="Period">The document's period.</param>
public sealed record TextUnit(string Id, string DocumentId, int Ordinal, string Section, int Start, int Length, string Hash, string Period)
{
    /// <summary>The unit's text cut from the document text it was made from.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside <paramref name="documentText"/>.</exception>
    public string TextIn(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        return documentText.Substring(Start, Length);
    }
}
