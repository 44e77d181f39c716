using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Everything the coding screen draws: the session's state plus the terminal layer's own.</summary>
/// <param name="Screen">The session state (the contract with Core).</param>
/// <param name="Mode">What the next key is taken as.</param>
/// <param name="Typed">Digits typed, not yet confirmed.</param>
/// <param name="Help">A choice's codebook entry being shown, or null.</param>
/// <param name="DimensionPage">Whether the page on the dimension (description, rules, keys) is shown.</param>
/// <param name="Message">What just happened, worded, or null.</param>
/// <param name="Panel">A session mode's page being shown, or null.</param>
/// <param name="Scroll">How many lines of the body are scrolled past.</param>
internal sealed record SessionView(
    SessionScreen Screen,
    InputMode Mode,
    string Typed,
    HelpEntry? Help,
    bool DimensionPage,
    string? Message,
    SessionPanel? Panel,
    int Scroll)
{
    /// <summary>Whether the completion screen is shown.</summary>
    public bool IsComplete => Screen.IsComplete && Mode is InputMode.Choosing;
}
