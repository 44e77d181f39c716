using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Coding;

/// <summary>The unitizing agreement of span codings in one dimension.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Coders">The coders compared.</param>
/// <param name="Documents">The documents laid end to end as the continuum.</param>
/// <param name="Result">The <c>uα</c> family on that continuum; categories are the values.</param>
public sealed record SpanDimensionAgreement(string Dimension, IReadOnlyList<string> Coders, IReadOnlyList<string> Documents, UnitizingAlphaResult Result);
