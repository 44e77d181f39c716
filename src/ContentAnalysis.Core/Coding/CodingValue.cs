namespace ContentAnalysis.Core.Coding;

/// <summary>The current coding of one unit × dimension by one coder, after folding the journal.</summary>
/// <param name="Values">Category ids or level values (<c>none</c> alone when no category applies).</param>
/// <param name="Memo">The coder's note, or empty.</param>
/// <param name="Time">When it was recorded (UTC).</param>
/// <param name="CodebookHash">The codebook's content hash at coding time.</param>
/// <param name="UnitHash">The unit's content hash at coding time.</param>
/// <param name="Line">The journal line it came from (for messages).</param>
public sealed record CodingValue(IReadOnlyList<string> Values, string Memo, DateTimeOffset Time, string CodebookHash, string UnitHash, int Line)
{
    /// <summary>How a reconciled value was decided (see <see cref="CodingRecord.Provenance"/>), or empty.</summary>
    public string Provenance { get; init; } = string.Empty;
}
