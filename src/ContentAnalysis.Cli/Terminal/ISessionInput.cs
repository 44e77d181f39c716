using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Where a session's keys come from: the keyboard or a script.</summary>
internal interface ISessionInput
{
    /// <summary>The next key (a whole line of text when <paramref name="line"/>), or null when input has ended.</summary>
    SessionKey? Next(bool line);
}
