namespace ContentAnalysis.Core.Reconciliation;

/// <summary>A codebook entry involved in a disagreement: a category or scale level some coder chose.</summary>
/// <param name="Value">The category id or level value.</param>
/// <param name="Label">Its label.</param>
/// <param name="Definition">Its definition, or empty.</param>
public sealed record ReconciliationEntry(string Value, string Label, string Definition);
