namespace ContentAnalysis.Core.Sessions;

/// <summary>What one operation of a <see cref="CodingSession"/> did; the terminal layer words it.</summary>
public enum SessionOutcomeKind
{
    /// <summary>A decision was written to the journal and the cursor moved on.</summary>
    Recorded,

    /// <summary>A multi dimension's category was ticked or unticked (nothing written yet).</summary>
    Toggled,

    /// <summary>The recorded answer was kept (Enter on an answered dimension) and the cursor moved on.</summary>
    Kept,

    /// <summary>The number is not one of the dimension's choices.</summary>
    NoSuchChoice,

    /// <summary>Enter with nothing chosen on a dimension with no recorded answer.</summary>
    NothingChosen,

    /// <summary><c>none</c> was asked for on a scale dimension.</summary>
    NoneNotAllowed,

    /// <summary><c>none</c> on a multi dimension with categories ticked: it would drop them, so it asks first.</summary>
    TickedWouldBeDropped,

    /// <summary>Leaving uncoded was asked for on a required dimension.</summary>
    Required,

    /// <summary>A memo was added to the recorded answer (written at once).</summary>
    MemoAdded,

    /// <summary>A memo was written for a dimension not yet answered; the answer will carry it.</summary>
    MemoPending,

    /// <summary>An empty memo: nothing was written.</summary>
    MemoEmpty,

    /// <summary>The unit was skipped; it comes back after the others.</summary>
    Skipped,

    /// <summary>No other unit is left to skip to.</summary>
    NothingToSkip,

    /// <summary>The cursor went back one unit.</summary>
    MovedBack,

    /// <summary>Already at the first unit.</summary>
    AtFirstUnit,

    /// <summary>The last decision of this session was undone (the journal has the previous value or a clear).</summary>
    Undone,

    /// <summary>Nothing was decided in this session yet.</summary>
    NothingToUndo,

    /// <summary>From the completion screen, back to the last unit.</summary>
    Reopened,
}
