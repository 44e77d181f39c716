using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// Parses a keystroke script for <c>qcat code --script</c>: one key per line — a single character
/// (<c>2</c>, <c>?</c>, <c>m</c>, …) or a named key (<c>enter</c>, <c>backspace</c>, <c>escape</c>);
/// the line after <c>m</c> is the memo text; blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
public static class SessionScript
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="display"/> names the file in messages.</summary>
    /// <exception cref="InputException">A line is neither one character nor a named key; every one is reported.</exception>
    public static IReadOnlyList<SessionKey> Parse(string text, string display)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new List<SessionKey>();
        var bag = new DiagnosticBag();
        foreach (var line in ScriptLine.ReadAll(text))
        {
            if (line.Key is { } key)
            {
                keys.Add(key);
            }
            else
            {
                bag.Add(SamplingDiagnostics.NotAKey(line.Trimmed, display, line.Number));
            }
        }

        return bag.HasErrors ? throw new InputException([.. bag]) : keys;
    }
}
