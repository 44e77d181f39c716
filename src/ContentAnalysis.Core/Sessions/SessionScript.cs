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
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var memoNext = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (memoNext)
            {
                keys.Add(SessionKey.Line(line));
                memoNext = false;
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            SessionKey? key = trimmed.ToLowerInvariant() switch
            {
                "enter" => SessionKey.Enter,
                "backspace" => SessionKey.Backspace,
                "escape" or "esc" => SessionKey.Escape,
                _ when trimmed.Length == 1 => SessionKey.Char(trimmed[0]),
                _ => null,
            };
            if (key is null)
            {
                bag.Add(SamplingDiagnostics.NotAKey(trimmed, display, i + 1));
                continue;
            }

            keys.Add(key.Value);
            memoNext = key.Value is { Kind: SessionKeyKind.Character, Character: 'm' or 'M' };
        }

        if (bag.HasErrors)
        {
            throw new InputException([.. bag]);
        }

        return keys;
    }
}
