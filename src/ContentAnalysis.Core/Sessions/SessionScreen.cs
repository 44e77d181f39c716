namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// What a <see cref="CodingSession"/> shows: the contract between the session state and the terminal layer,
/// which adds the keys, the words and the layout.
/// </summary>
/// <param name="Coder">The coder.</param>
/// <param name="Progress">Units done, total and time left.</param>
/// <param name="Position">1-based position of the unit in the session order (0 on the completion screen).</param>
/// <param name="Unit">The unit being coded (with its neighbours' text), or null on the completion screen.</param>
/// <param name="Prompt">The dimension being asked, or null on the completion screen.</param>
public sealed record SessionScreen(
    string Coder,
    SessionProgress Progress,
    int Position,
    SessionUnit? Unit,
    DimensionPrompt? Prompt)
{
    /// <summary>Whether every unit is coded and no unit is open (the completion screen).</summary>
    public bool IsComplete => Unit is null;
}
