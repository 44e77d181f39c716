using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Keys replayed from a <c>--script</c> file (parsed by <see cref="SessionScript"/>).</summary>
internal sealed class ScriptInput(IReadOnlyList<SessionKey> keys) : ISessionInput
{
    private int _next;

    /// <inheritdoc/>
    public SessionKey? Next(bool line) => _next < keys.Count ? keys[_next++] : null;
}
