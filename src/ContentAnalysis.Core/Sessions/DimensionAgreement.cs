namespace ContentAnalysis.Core.Sessions;

/// <summary>A quick running Krippendorff's alpha for one dimension.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Kind">single, multi, ordinal or interval.</param>
/// <param name="Coefficient">Which alpha, e.g. <c>krippendorff_alpha_nominal</c>.</param>
/// <param name="PairableUnits">Units coded on this dimension by at least two coders.</param>
/// <param name="Value">Alpha, or null when undefined.</param>
/// <param name="Note">How it was computed or why it is undefined.</param>
public sealed record DimensionAgreement(string Dimension, string Kind, string Coefficient, int PairableUnits, double? Value, string Note);
