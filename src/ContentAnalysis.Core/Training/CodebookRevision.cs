namespace ContentAnalysis.Core.Training;

/// <summary>The codebook changed between two training rounds: from one content hash to another, and what changed.</summary>
/// <param name="FromVersion">The earlier codebook's version label.</param>
/// <param name="FromHash">The earlier codebook's content hash.</param>
/// <param name="ToVersion">The later codebook's version label.</param>
/// <param name="ToHash">The later codebook's content hash.</param>
/// <param name="Coder">The trainee of the first round with the later codebook.</param>
/// <param name="Round">That round's number.</param>
/// <param name="Changes">What changed; empty when <paramref name="Known"/> is false.</param>
/// <param name="Known">Whether both versions' copies were found, so the changes could be listed (else only the hash change is known).</param>
public sealed record CodebookRevision(string FromVersion, string FromHash, string ToVersion, string ToHash, string Coder, int Round, IReadOnlyList<CodebookChange> Changes, bool Known);
