namespace ContentAnalysis.Core.Autocoding;

/// <summary>The dictionary against the reference coder on one dimension.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Kind"><c>single</c> or <c>multi</c>.</param>
/// <param name="Units">Units compared: coded by the reference (not left uncoded) and by the dictionary.</param>
/// <param name="NotAutocoded">Units the reference coded that the dictionary has no coding for (left out).</param>
/// <param name="Categories">Every category in codebook order.</param>
/// <param name="Micro">Micro averages.</param>
/// <param name="Macro">Macro averages.</param>
public sealed record DimensionEvaluation(string Dimension, string Kind, int Units, int NotAutocoded, IReadOnlyList<CategoryScore> Categories, AverageScores Micro, AverageScores Macro);
