namespace ContentAnalysis.Cli.Terminal;

/// <summary>Draws a coding session's screen.</summary>
internal interface ISessionView
{
    /// <summary>Draws <paramref name="view"/> (the whole screen, after every key) and returns how it was laid out.</summary>
    ScreenFrame Render(SessionView view);
}
