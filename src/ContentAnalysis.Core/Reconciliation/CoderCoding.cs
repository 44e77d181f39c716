namespace ContentAnalysis.Core.Reconciliation;

/// <summary>One coder's coding of a unit × dimension, as the adjudicator sees it (named: reconciliation is not blind).</summary>
/// <param name="Coder">The coder.</param>
/// <param name="Values">The recorded values (category ids, level values, <c>none</c> or <c>uncoded</c>).</param>
/// <param name="Memo">The coder's memo, or empty.</param>
public sealed record CoderCoding(string Coder, IReadOnlyList<string> Values, string Memo);
