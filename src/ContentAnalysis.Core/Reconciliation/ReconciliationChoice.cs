namespace ContentAnalysis.Core.Reconciliation;

/// <summary>One coder's coding on the reconciliation screen, with the number that chooses it.</summary>
/// <param name="Number">The number the adjudicator types (1-based, in the order the coders were named).</param>
/// <param name="Coder">The coder.</param>
/// <param name="Shown">The coding in words (category labels, a scale value with its label, <c>none applies</c>, <c>left uncoded</c>).</param>
/// <param name="Memo">The coder's memo, or empty.</param>
public sealed record ReconciliationChoice(int Number, string Coder, string Shown, string Memo);
