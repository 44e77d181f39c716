namespace ContentAnalysis.Core.Coding;

/// <summary>One line of a coder's journal.</summary>
/// <param name="Time">When the coding was made (UTC).</param>
/// <param name="Coder">The coder's name.</param>
/// <param name="Unit">The unit id.</param>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Values">Category ids or level values; <c>none</c> alone when no category applies; empty for a clear.</param>
/// <param name="Memo">The coder's note, or empty.</param>
/// <param name="CodebookHash">The codebook's content hash at coding time.</param>
/// <param name="UnitHash">The unit's content hash at coding time.</param>
/// <param name="Operation">Set, clear or memo.</param>
public sealed record CodingRecord(
    DateTimeOffset Time,
    string Coder,
    string Unit,
    string Dimension,
    IReadOnlyList<string> Values,
    string Memo,
    string CodebookHash,
    string UnitHash,
    CodingOperation Operation = CodingOperation.Set)
{
    /// <summary>
    /// How a reconciled value was decided (<c>agreed</c>, <c>majority</c>, <c>chose:anna</c>, <c>combined</c>, <c>new</c>),
    /// <see cref="AutomaticProvenance"/> for a dictionary's coding, or empty for a coder's own coding. Written to the optional
    /// <c>provenance</c> column, which only derived journals (reconciliation, autocode) have (docs/coding-store.md).
    /// </summary>
    public string Provenance { get; init; } = string.Empty;

    /// <summary>The provenance of every value <c>qcat autocode</c> writes: a dictionary's coding, not a coder's.</summary>
    public const string AutomaticProvenance = "autocode";
}
