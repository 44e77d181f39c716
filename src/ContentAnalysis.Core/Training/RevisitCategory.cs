namespace ContentAnalysis.Core.Training;

/// <summary>A category a trainee should revisit: the trainee and the reference differed on whether it applies.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Category">The category id.</param>
/// <param name="Label">The category's label.</param>
/// <param name="Definition">The category's definition.</param>
/// <param name="Disagreements">Units where one of the two chose it and the other did not.</param>
/// <param name="Units">Those units, in the order given.</param>
/// <param name="Alpha">Krippendorff's alpha of the category (present/absent) between trainee and reference, or null when undefined.</param>
public sealed record RevisitCategory(string Dimension, string Category, string Label, string Definition, int Disagreements, IReadOnlyList<string> Units, double? Alpha);
