namespace ContentAnalysis.Core.Exchange;

/// <summary>A text source read from a <c>.qdpx</c>: the document it becomes, its text as the program stored it, its selections.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Text">The text (byte order mark removed).</param>
/// <param name="Metadata">Title, author, source, date, period (from qcat's block or the source name).</param>
/// <param name="Selections">Its selections.</param>
/// <param name="Fields">Its <c>[qcat]</c> block (units, hashes), empty for other programs' sources.</param>
internal sealed record QdpxSource(string Document, string Text, IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<QdpxSelection> Selections, IReadOnlyList<KeyValuePair<string, string>> Fields);
