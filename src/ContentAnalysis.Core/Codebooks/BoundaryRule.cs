namespace ContentAnalysis.Core.Codebooks;

/// <summary>A rule saying when a category does not apply.</summary>
/// <param name="Text">The rule.</param>
/// <param name="See">The id of the neighbouring category it is confused with, if any.</param>
public sealed record BoundaryRule(string Text, string? See);
