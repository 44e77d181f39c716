namespace ContentAnalysis.Core.Agreement;

/// <summary>Krippendorff's classic <c>αU</c> (1995, 2004) for one unitized continuum; NaN where not defined.</summary>
/// <param name="Alpha"><c>αU</c> over all values: 1 − Σ_c D_o(c) / Σ_c D_e(c).</param>
/// <param name="Values">Per value, <c>αU(c)</c> with its disagreements, ordered by value.</param>
/// <param name="Coders">The number of coders.</param>
/// <param name="Length">The length of the continuum.</param>
public sealed record ClassicUnitizingAlphaResult(double Alpha, IReadOnlyList<ClassicUnitizingValueAlpha> Values, int Coders, long Length);
