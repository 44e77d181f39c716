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
        foreach (var line in ScriptLine.ReadAll(text))
        {
            if (!line.IsText && line.Trimmed.StartsWith('@') && line.Trimmed[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var unit, var dimension])
            {
                steps.Add(new ReconciliationScriptStep(line.Number, null, unit, dimension));
            }
            else if (line.Key is { } key)
            {
                steps.Add(new ReconciliationScriptStep(line.Number, key));
            }
            else
            {
                bag.Add(ReconciliationDiagnostics.ScriptLine(display, line.Number, line.Trimmed));
            }
        }

        return bag.HasErrors ? throw new InputException([.. bag]) : steps;
    }
}
