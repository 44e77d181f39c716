namespace ContentAnalysis.Core.Sessions;

/// <summary>A coder's journal folded: the current decisions, and the memos confirmed before their answer.</summary>
/// <param name="Codings">The current decision per unit and dimension.</param>
/// <param name="Memos">Memos written ahead of their answer, per unit and dimension.</param>
public sealed record JournalContents(IReadOnlyDictionary<CodingKey, UnitCoding> Codings, IReadOnlyDictionary<CodingKey, string> Memos)
{
    /// <summary>An empty journal.</summary>
    public static JournalContents Empty { get; } = new(new Dictionary<CodingKey, UnitCoding>(), new Dictionary<CodingKey, string>());
}
