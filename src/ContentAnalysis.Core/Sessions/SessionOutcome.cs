namespace ContentAnalysis.Core.Sessions;

/// <summary>The result of one <see cref="CodingSession"/> operation.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Key">The unit and dimension it concerns (undo, skip), or default.</param>
/// <param name="Number">The choice number involved, or the number of ticked categories.</param>
/// <param name="Count">The number of choices of the dimension (for <see cref="SessionOutcomeKind.NoSuchChoice"/>).</param>
/// <param name="Restored">For <see cref="SessionOutcomeKind.Undone"/>: whether an earlier answer came back (false: no answer again).</param>
public readonly record struct SessionOutcome(SessionOutcomeKind Kind, CodingKey Key = default, int Number = 0, int Count = 0, bool Restored = false)
{
    /// <summary>Whether the operation wrote to the journal.</summary>
    public bool Wrote => Kind is SessionOutcomeKind.Recorded or SessionOutcomeKind.MemoAdded or SessionOutcomeKind.MemoPending or SessionOutcomeKind.Undone;
}
