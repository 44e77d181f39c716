namespace ContentAnalysis.Core.Sessions;

/// <summary>One unit as a coding session shows it: its text, its neighbours and the document it comes from.</summary>
/// <param name="Id">Unit id, e.g. <c>doc1.p003</c>.</param>
/// <param name="Ordinal">1-based position in its document.</param>
/// <param name="Text">The unit's text.</param>
/// <param name="Hash">The unit's content hash, recorded with every coding.</param>
/// <param name="Document">The document the unit belongs to.</param>
/// <param name="PreviousText">The text of the unit before it in the document (shown dimmed), or null.</param>
/// <param name="NextText">The text of the unit after it in the document (shown dimmed), or null.</param>
public sealed record SessionUnit(string Id, int Ordinal, string Text, string Hash, SessionDocument Document, string? PreviousText = null, string? NextText = null);
