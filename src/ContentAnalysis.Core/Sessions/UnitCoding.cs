namespace ContentAnalysis.Core.Sessions;

/// <summary>A coder's current decision for one unit and dimension (the journal folded to its last word).</summary>
/// <param name="Unit">Unit id.</param>
/// <param name="Dimension">Dimension id.</param>
/// <param name="Values">
/// Category ids (single, multi; <c>none</c> when no category applies) or the scale value in invariant
/// culture (ordinal, interval). Empty when the coder deliberately left the dimension uncoded.
/// </param>
/// <param name="Memo">The coder's memo, or empty.</param>
public sealed record UnitCoding(string Unit, string Dimension, IReadOnlyList<string> Values, string Memo)
{
    /// <summary>Whether the coder deliberately left the dimension uncoded.</summary>
    public bool IsUncoded => Values.Count == 0;

    /// <summary>The lookup key of this coding.</summary>
    public CodingKey Key => new(Unit, Dimension);
}
