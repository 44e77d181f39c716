namespace ContentAnalysis.Core.Autocoding;

/// <summary>One keyword or pattern of a category, as the codebook writes it.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Category">The category id.</param>
/// <param name="Kind">Keyword or pattern.</param>
/// <param name="Text">The keyword or pattern as written.</param>
public sealed record Indicator(string Dimension, string Category, IndicatorKind Kind, string Text);
