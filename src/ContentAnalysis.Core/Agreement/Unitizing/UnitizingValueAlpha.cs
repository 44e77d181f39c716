namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The reliability of one value: <c>(k)uα</c> (Krippendorff et al. 2016, eq. 13b; Krippendorff 2019, §12.6.6) with
/// its coverage, the share of the value's coincidences that fall on other coders' units rather than their gaps.
/// </summary>
/// <param name="Value">The value (category).</param>
/// <param name="Units">How many units of all coders carry the value.</param>
/// <param name="Alpha"><c>(k)uα</c>; NaN where it is not defined (no unit of the value meets another coder's unit, or no variation).</param>
/// <param name="Coverage">The share (0–1) of the value's coincidences on other coders' units, the part <c>(k)uα</c> judges.</param>
public sealed record UnitizingValueAlpha(string Value, int Units, double Alpha, double Coverage);
