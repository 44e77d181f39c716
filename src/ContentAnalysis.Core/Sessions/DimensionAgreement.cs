using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Sessions;

/// <summary>The running headline alpha of one dimension, as <c>qcat agree</c> computes it (<see cref="Coding.ProjectAgreement"/>).</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Kind">single, multi, ordinal or interval.</param>
/// <param name="Measure">How alpha compares values: <c>nominal</c>, <c>ordinal</c>, <c>interval</c>, or <c>sets (MASI)</c> for multi.</param>
/// <param name="PairableUnits">Units coded on this dimension by at least two coders.</param>
/// <param name="Value">Alpha, or null when undefined.</param>
/// <param name="Verdict">The verdict on alpha (point estimate only: progress runs no bootstrap).</param>
/// <param name="Note">Why alpha is undefined or units are missing; empty when nothing to say.</param>
public sealed record DimensionAgreement(string Dimension, string Kind, string Measure, int PairableUnits, double? Value, ReliabilityVerdict Verdict, string Note);
