namespace ContentAnalysis.Core.Sessions;

/// <summary>
/// One line of a keystroke script (<c>qcat code --script</c>, <c>qcat reconcile --script</c>): a named key
/// (<c>enter</c>, <c>backspace</c>, <c>escape</c>, <c>pgup</c>, <c>pgdn</c>, <c>up</c>, <c>down</c>) or a single character; the line after an <c>m</c> is text (a memo
/// or a reason) taken whole; blank lines and lines starting with <c>#</c> are no lines.
/// </summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Trimmed">The line without surrounding white space.</param>
/// <param name="Key">The key it stands for, or null when it is none.</param>
/// <param name="IsText">Whether it is the text line after <c>m</c>.</param>
internal readonly record struct ScriptLine(int Number, string Trimmed, SessionKey? Key, bool IsText)
{
    /// <summary>The script's lines in order, skipping blank and comment lines.</summary>
    public static IEnumerable<ScriptLine> ReadAll(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var textNext = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (textNext)
            {
                textNext = false;
                yield return new ScriptLine(i + 1, lines[i].Trim(), SessionKey.Line(lines[i]), IsText: true);
                continue;
            }

            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            SessionKey? key = trimmed.ToLowerInvariant() switch
            {
                "enter" => SessionKey.Enter,
                "backspace" => SessionKey.Backspace,
                "escape" or "esc" => SessionKey.Escape,
                "pageup" or "pgup" => new SessionKey(SessionKeyKind.PageUp),
                "pagedown" or "pgdn" => new SessionKey(SessionKeyKind.PageDown),
                "up" => new SessionKey(SessionKeyKind.Up),
                "down" => new SessionKey(SessionKeyKind.Down),
                _ when trimmed.Length == 1 => SessionKey.Char(trimmed[0]),
                _ => null,
            };
            textNext = key is { Kind: SessionKeyKind.Character, Character: 'm' or 'M' };
            yield return new ScriptLine(i + 1, trimmed, key, IsText: false);
        }
    }
}
