namespace ContentAnalysis.Core.Sessions;

/// <summary>Everything a driver draws for the current state; drivers only render it.</summary>
/// <param name="Coder">The coder.</param>
/// <param name="Progress">Units done, total and time left.</param>
/// <param name="Position">1-based position of the unit in the session order (0 when finished).</param>
/// <param name="Unit">The unit being coded, or null when the session is finished.</param>
/// <param name="PreviousText">The text of the unit before it in the same document, or null.</param>
/// <param name="NextText">The text of the unit after it in the same document, or null.</param>
/// <param name="Prompt">The dimension being asked, or null when finished.</param>
/// <param name="Help">A codebook entry requested by the coder, or null.</param>
/// <param name="Message">A one-line note for the coder (what just happened, or what went wrong), or null.</param>
/// <param name="Mode">What the next input is taken as.</param>
/// <param name="Typed">Digits typed so far, not yet confirmed.</param>
public sealed record SessionScreen(
    string Coder,
    SessionProgress Progress,
    int Position,
    SessionUnit? Unit,
    string? PreviousText,
    string? NextText,
    DimensionPrompt? Prompt,
    HelpEntry? Help,
    string? Message,
    SessionMode Mode,
    string Typed);
