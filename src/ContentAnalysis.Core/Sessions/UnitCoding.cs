using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Sessions;

/// <summary>A coder's current decision for one unit and dimension (the journal folded to its last word).</summary>
/// <param name="Unit">Unit id.</param>
/// <param name="Dimension">Dimension id.</param>
/// <param name="Values">
/// Category ids (single, multi) or the scale value in invariant culture (ordinal, interval);
/// <c>none</c> alone when no category applies, <c>uncoded</c> alone when the coder left the dimension uncoded.
/// </param>
/// <param name="Memo">The coder's memo, or empty.</param>
public sealed record UnitCoding(string Unit, string Dimension, IReadOnlyList<string> Values, string Memo)
{
    /// <summary>The lookup key of this coding.</summary>
    public CodingKey Key => new(Unit, Dimension);

    /// <summary>
    /// Whether the coder left the dimension uncoded on purpose: <c>uncoded</c>, or <c>none</c> on a scale (older
    /// journals recorded a left-uncoded scale that way).
    /// </summary>
    /// <param name="categorical">Whether the dimension has categories rather than a scale.</param>
    public bool IsLeftUncoded(bool categorical) => ReservedValues.IsMissing(Values, categorical);

    /// <summary>Whether the coder recorded that no category applies (<c>none</c>).</summary>
    public bool IsNoneApplies => Values is [ReservedValues.None];
}
