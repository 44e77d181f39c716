namespace ContentAnalysis.Core.Reconciliation;

/// <summary>What reconciliation did on one dimension: the counts a methods appendix reports.</summary>
/// <param name="Dimension">The dimension id (or <c>total</c> for <see cref="ReconciliationSummary.Total"/>).</param>
/// <param name="Agreed">Units the coders agreed on, accepted automatically.</param>
/// <param name="Majority">Units accepted by a strict majority (<c>--majority</c>).</param>
/// <param name="ChoseCoder">Units decided for each coder (the coder whose coding the adjudicator chose), every coder listed, in the order named.</param>
/// <param name="Combined">Units given a combination of categories different coders chose.</param>
/// <param name="NewValue">Units given a value no coder recorded.</param>
/// <param name="Other">Values in the target journal without provenance (coded there directly, e.g. with <c>qcat code --coder gold</c>).</param>
/// <param name="Open">Disagreements not decided yet.</param>
/// <param name="Incomplete">Units some coders have not coded (not reconciled without <c>--allow-incomplete</c>).</param>
public sealed record ReconciliationSummaryRow(
    string Dimension,
    int Agreed,
    int Majority,
    IReadOnlyList<KeyValuePair<string, int>> ChoseCoder,
    int Combined,
    int NewValue,
    int Other,
    int Open,
    int Incomplete)
{
    /// <summary>Units decided by the adjudicator (chosen, combined or new).</summary>
    public int Adjudicated => ChoseCoder.Sum(p => p.Value) + Combined + NewValue;

    /// <summary>Units with a value in the target journal.</summary>
    public int Decided => Agreed + Majority + Adjudicated + Other;
}
