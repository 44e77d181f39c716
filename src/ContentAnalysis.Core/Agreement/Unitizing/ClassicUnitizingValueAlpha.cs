namespace ContentAnalysis.Core.Agreement;

/// <summary>Krippendorff's classic <c>αU(c)</c> for one value c.</summary>
/// <param name="Value">The value (category).</param>
/// <param name="Units">How many units of all coders carry the value.</param>
/// <param name="ObservedDisagreement">D_o(c).</param>
/// <param name="ExpectedDisagreement">D_e(c).</param>
/// <param name="Alpha">1 − D_o(c)/D_e(c); NaN where D_e(c) is 0.</param>
public sealed record ClassicUnitizingValueAlpha(string Value, int Units, double ObservedDisagreement, double ExpectedDisagreement, double Alpha);
