namespace ContentAnalysis.Core.Training;

/// <summary>The trainee's coding of one dimension of a unit beside the reference's.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Label">The dimension's label.</param>
/// <param name="Trainee">The trainee's values (empty when the trainee has not coded it).</param>
/// <param name="Reference">The reference's values, or null when the reference did not code the dimension.</param>
/// <param name="Agreed">Whether the two codings are the same (a multi dimension's sets compared whole); null when either is missing.</param>
/// <param name="ReferenceMemo">The reference's memo (for <c>gold</c>, the adjudicator's reason), or empty.</param>
/// <param name="Entries">The codebook entries of every value either chose, in codebook order.</param>
public sealed record DimensionFeedback(
    string Dimension,
    string Label,
    IReadOnlyList<string> Trainee,
    IReadOnlyList<string>? Reference,
    bool? Agreed,
    string ReferenceMemo,
    IReadOnlyList<FeedbackEntry> Entries);
