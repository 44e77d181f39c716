namespace ContentAnalysis.Core.Training;

/// <summary>A codebook entry shown with training feedback: a category (or scale level) a trainee or the reference chose.</summary>
/// <param name="Id">The category id, or the scale value.</param>
/// <param name="Label">Its label.</param>
/// <param name="Definition">Its definition (empty when the codebook gives none).</param>
public sealed record FeedbackEntry(string Id, string Label, string Definition);
