namespace ContentAnalysis.Core.Exchange;

/// <summary>A plain-text selection read from <c>project.qde</c>, its offsets already repaired into the source text (code points).</summary>
/// <param name="Guid">The selection's id.</param>
/// <param name="Start">First code point.</param>
/// <param name="End">Code point after the last.</param>
/// <param name="Codings">Its codings: code key, coder, time, memo.</param>
/// <param name="Extra">Values that are no code, from qcat's <c>[qcat]</c> block: dimension → value.</param>
/// <param name="ExtraCoder">The coder of <paramref name="Extra"/>.</param>
/// <param name="ExtraTime">The selection's time.</param>
/// <param name="Memos">Memos on the selection for a dimension without a code: dimension → text.</param>
internal sealed record QdpxSelection(string Guid, int Start, int End, IReadOnlyList<QdpxCoding> Codings, IReadOnlyList<KeyValuePair<string, string>> Extra, string ExtraCoder, DateTimeOffset? ExtraTime, IReadOnlyList<KeyValuePair<string, string>> Memos);
