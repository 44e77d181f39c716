using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Draws a coding session's screen.</summary>
internal interface ISessionView
{
    /// <summary>Draws <paramref name="screen"/> (the whole screen, after every key).</summary>
    void Render(SessionScreen screen);
}
