namespace ContentAnalysis.Core.Autocoding;

/// <summary>One match in a unit, located for a reader.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Category">The category id.</param>
/// <param name="Kind"><c>keyword</c> or <c>pattern</c>.</param>
/// <param name="Indicator">The keyword or pattern as the codebook writes it.</param>
/// <param name="Start">Offset in the unit's text (UTF-16 code units, from 0).</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Line">Line in the unit's text (from 1).</param>
/// <param name="Column">Column in that line (from 1).</param>
/// <param name="Matched">The matched text.</param>
/// <param name="Negator">The negator that cancels the match, or null when it counts.</param>
public sealed record ExplainedHit(string Dimension, string Category, string Kind, string Indicator, int Start, int Length, int Line, int Column, string Matched, string? Negator);
