namespace ContentAnalysis.Core.Autocoding;

/// <summary>How many places in a unit an indicator of a category matched (negated matches left out).</summary>
/// <param name="Category">The category id.</param>
/// <param name="Hits">Distinct match start offsets of the category's indicators.</param>
public sealed record CategoryCount(string Category, int Hits);
