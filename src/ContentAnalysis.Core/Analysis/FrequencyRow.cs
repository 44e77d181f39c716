namespace ContentAnalysis.Core.Analysis;

/// <summary>One value's count and share.</summary>
/// <param name="Value">Category id, <c>none</c>, or level value.</param>
/// <param name="Label">The codebook's label.</param>
/// <param name="Count">Units coded with the value.</param>
/// <param name="Share">Count / units coded on the dimension; null when no unit is.</param>
public sealed record FrequencyRow(string Value, string Label, int Count, double? Share);
