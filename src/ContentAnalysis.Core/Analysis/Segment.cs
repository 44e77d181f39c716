namespace ContentAnalysis.Core.Analysis;

/// <summary>One coded unit retrieved as evidence: where it comes from, the coder's memo and its text.</summary>
/// <param name="Unit">The unit id, which is also its reference (<c>DOC.p012</c>).</param>
/// <param name="Document">The document id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Author">The document's author.</param>
/// <param name="Date">The document's date.</param>
/// <param name="Period">The period.</param>
/// <param name="Section">The heading the unit stands under, or empty.</param>
/// <param name="Categories">The unit's values on the dimension of the requested category.</param>
/// <param name="Memo">The coder's memo on that dimension, or empty.</param>
/// <param name="Text">The unit's text.</param>
public sealed record Segment(string Unit, string Document, string Title, string Author, string Date, string Period, string Section, IReadOnlyList<string> Categories, string Memo, string Text);
