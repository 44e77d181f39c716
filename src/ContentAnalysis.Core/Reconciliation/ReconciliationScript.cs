using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>
/// Parses a script for <c>qcat reconcile --script</c>, in the style of <c>qcat code --script</c>: one key per line — a single
/// character or <c>enter</c>, <c>backspace</c>, <c>escape</c>; the line after <c>m</c> is the reason; blank lines and lines
/// starting with <c>#</c> are ignored. A line <c>@ UNIT DIMENSION</c> checks that this disagreement is the one on screen,
/// so a script cannot silently decide the wrong unit when the codings change.
/// </summary>
public static class ReconciliationScript
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="display"/> names the file in messages.</summary>
    /// <exception cref="InputException">A line is neither a key nor a check; every one is reported.</exception>
    public static IReadOnlyList<ReconciliationScriptStep> Parse(string text, string display)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = new List<ReconciliationScriptStep>();
        var bag = new DiagnosticBag();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var reasonNext = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasonNext)
            {
                steps.Add(new ReconciliationScriptStep(i + 1, SessionKey.Line(lines[i])));
                reasonNext = false;
                continue;
            }

            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith('@') && trimmed[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var unit, var dimension])
            {
                steps.Add(new ReconciliationScriptStep(i + 1, null, unit, dimension));
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
                bag.Add(ReconciliationDiagnostics.ScriptLine(display, i + 1, trimmed));
                continue;
            }

            steps.Add(new ReconciliationScriptStep(i + 1, key));
            reasonNext = key.Value is { Kind: SessionKeyKind.Character, Character: 'm' or 'M' };
        }

        return bag.HasErrors ? throw new InputException([.. bag]) : steps;
    }
}
