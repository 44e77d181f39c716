namespace ContentAnalysis.Core.Training;

/// <summary>When a coding pass was made: its first and last coding of the units compared (UTC).</summary>
/// <param name="Start">The earliest coding time.</param>
/// <param name="End">The latest coding time.</param>
public sealed record PassSpan(DateTimeOffset Start, DateTimeOffset End);
