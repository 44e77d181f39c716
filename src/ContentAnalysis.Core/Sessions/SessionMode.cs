namespace ContentAnalysis.Core.Sessions;

/// <summary>What the session expects next.</summary>
public enum SessionMode
{
    /// <summary>Keys: numbers, Enter and the command letters.</summary>
    Choosing,

    /// <summary>After <c>h</c>: a category number whose codebook entry to show.</summary>
    HelpNumber,

    /// <summary>After <c>m</c>: a line of memo text.</summary>
    Memo,

    /// <summary>Every unit is coded: <c>b</c> goes back to the last unit to change it, <c>u</c> undoes, <c>q</c> or Enter ends the session.</summary>
    Completed,

    /// <summary>The coder quit.</summary>
    Quit,

    /// <summary>Every unit is coded and the coder closed the completion screen.</summary>
    Finished,
}
