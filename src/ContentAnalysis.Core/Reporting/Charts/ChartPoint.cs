namespace ContentAnalysis.Core.Reporting;

/// <summary>One estimate to chart: a label, its value and, if known, its interval.</summary>
/// <param name="Label">The dimension or category.</param>
/// <param name="Value">The estimate (e.g. alpha); null when it cannot be computed.</param>
/// <param name="Low">The interval's lower bound, or null.</param>
/// <param name="High">The interval's upper bound, or null.</param>
public sealed record ChartPoint(string Label, double? Value, double? Low = null, double? High = null);
