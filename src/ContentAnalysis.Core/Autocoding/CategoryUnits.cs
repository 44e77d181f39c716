namespace ContentAnalysis.Core.Autocoding;

/// <summary>How many units the dictionary gave a category.</summary>
/// <param name="Category">The category id.</param>
/// <param name="Label">The category's label.</param>
/// <param name="Units">Units coded with it.</param>
public sealed record CategoryUnits(string Category, string Label, int Units);
