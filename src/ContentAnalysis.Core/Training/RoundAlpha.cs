namespace ContentAnalysis.Core.Training;

/// <summary>A trainee's agreement with the reference on one dimension in one round.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="PairableUnits">Units both coded with a value.</param>
/// <param name="Alpha">Krippendorff's alpha (the dimension's headline alpha), or null when undefined.</param>
/// <param name="PercentAgreement">Percent agreement, or null when undefined.</param>
public sealed record RoundAlpha(string Dimension, int PairableUnits, double? Alpha, double? PercentAgreement);
