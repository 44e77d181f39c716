namespace ContentAnalysis.Core.Exchange;

/// <summary>One coding of a selection.</summary>
/// <param name="Code">The code's key (<see cref="CodeTreeReader.Key"/>).</param>
/// <param name="Coder">The coder (from the user).</param>
/// <param name="Time">When it was made, if the file says.</param>
/// <param name="Memo">The text of its notes.</param>
internal sealed record QdpxCoding(string Code, string Coder, DateTimeOffset? Time, string Memo);
