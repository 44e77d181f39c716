using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Where a coding session's keys come from: the keyboard or a script.</summary>
internal interface ISessionInput
{
    /// <summary>The next key (a memo line when <paramref name="mode"/> is memo), or null when input has ended.</summary>
    SessionKey? Next(SessionMode mode);
}
