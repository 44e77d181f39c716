namespace ContentAnalysis.Cli.Terminal;

/// <summary>What the coding screen takes the next key as.</summary>
internal enum InputMode
{
    /// <summary>Numbers, Enter and the command letters.</summary>
    Choosing,

    /// <summary>After <c>h</c>: a choice number whose codebook entry to show, then Enter.</summary>
    HelpNumber,

    /// <summary>After <c>m</c>: a line of memo text.</summary>
    Memo,

    /// <summary>A panel from the session mode (e.g. training feedback) is shown; any key but scrolling goes on.</summary>
    Panel,

    /// <summary>The coder quit.</summary>
    Quit,

    /// <summary>Every unit is coded and the coder closed the completion screen.</summary>
    Finished,
}
