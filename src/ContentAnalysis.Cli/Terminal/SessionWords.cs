using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>The words of the coding screen: what each outcome of the session says, and the fixed lines.</summary>
internal static class SessionWords
{
    public const string TextOnlyAfterMemo = "text is only taken after m (memo)";
    public const string Quit = "quit; every answer and memo so far is saved";
    public const string AllCoded = "all units of this session are coded";
    public const string CompletedKeys = "every unit is coded: b goes back to the last unit, u undoes the last answer, q or Enter quits";
    public const string HelpCancelled = "help cancelled (type h, a number, then Enter)";
    public const string KeysLine = "keys: 2? or h2 Enter definition · ? dimension rules, all keys · m memo · s skip · b back · u undo · q quit";
    public const string CompletedLine = "b back to the last unit to change it · u undo the last answer · q or Enter quits";

    /// <summary>The first message of a session: what the journal's reading found, then where it starts.</summary>
    public static string? Opening(CodingSession session, string? startUnit, IEnumerable<string> warnings)
    {
        var parts = warnings.ToList();
        if (startUnit is not null)
        {
            parts.Add($"{startUnit} reopened: choose to change an answer, Enter keeps it");
        }
        else if (session.IsAtEnd)
        {
            parts.Add("every unit of this session is already coded; qcat code --unit UNIT_ID reopens any one");
        }

        return parts.Count == 0 ? null : string.Join(Environment.NewLine, parts);
    }

    /// <summary>What <paramref name="outcome"/> says to the coder, or null when the next screen says it all.</summary>
    public static string? Of(SessionOutcome outcome, CodingSession session) => outcome.Kind switch
    {
        SessionOutcomeKind.NoSuchChoice => NoSuchChoice(outcome.Number, outcome.Count),
        SessionOutcomeKind.NothingChosen when session.CurrentDimension?.Kind == DimensionKind.Multi => "toggle categories by number+Enter, then Enter; n if none applies",
        SessionOutcomeKind.NothingChosen => "type a number, then Enter",
        SessionOutcomeKind.NoneNotAllowed => "n (none applies) is for category dimensions; use x to leave a scale uncoded",
        SessionOutcomeKind.TickedWouldBeDropped => (outcome.Number == 1 ? "1 category is" : $"{outcome.Number} categories are") + " ticked: n again records none applies and drops them, Enter records the ticked",
        SessionOutcomeKind.Required => $"'{outcome.Key.Dimension}' is required: it cannot be left uncoded",
        SessionOutcomeKind.MemoAdded => "memo added to the recorded answer and saved",
        SessionOutcomeKind.MemoPending => "memo saved; the answer to this dimension will carry it",
        SessionOutcomeKind.MemoEmpty => "memo cancelled",
        SessionOutcomeKind.Skipped => $"skipped {outcome.Key.Unit}",
        SessionOutcomeKind.NothingToSkip => "no other unit is left to code; answer this one or quit",
        SessionOutcomeKind.MovedBack => "back one unit: choose to change an answer, Enter keeps it",
        SessionOutcomeKind.AtFirstUnit => "this is the first unit",
        SessionOutcomeKind.Undone => $"undone: {outcome.Key.Unit} / {outcome.Key.Dimension} " + (outcome.Restored ? "has its previous answer back" : "has no answer again"),
        SessionOutcomeKind.NothingToUndo => "nothing to undo in this session",
        SessionOutcomeKind.Reopened => "back to the last unit: choose to change an answer, Enter keeps it",
        _ => null,
    };

    /// <summary>A number that is not one of the choices.</summary>
    public static string NoSuchChoice(int number, int count) => $"there is no choice {number} (1–{count})";

    /// <summary>A key the screen does not know.</summary>
    public static string UnknownKey(char c) => $"unknown key '{c}' — ? lists the keys";

    /// <summary>The line under the screen: what is typed, or what the next input is.</summary>
    public static string Input(SessionView view) => view.Mode switch
    {
        InputMode.HelpNumber => "definition of number: " + view.Typed + " (Enter shows it)",
        InputMode.Memo => "memo: type a line, Enter saves it at once",
        InputMode.Panel => "press any key to go on",
        InputMode.Quit => "session closed; every answer and memo is saved",
        InputMode.Finished => "session finished; every answer and memo is saved",
        _ => "> " + view.Typed,
    };

    /// <summary>The progress line: coder, unit n of N, units done, time left.</summary>
    public static string Progress(SessionScreen screen)
    {
        var p = screen.Progress;
        var left = p.Remaining is { } r ? $" · about {Duration(r)} left" : string.Empty;
        var position = screen.Position > 0 ? $"unit {screen.Position} of {p.Total} · " : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{screen.Coder} · {position}{p.Done} of {p.Total} done ({p.Percent:0}%){left}");
    }

    /// <summary>How a recorded answer reads: its labels, "none applies" or "left uncoded".</summary>
    public static string Recorded(DimensionPrompt prompt, UnitCoding coding)
    {
        if (coding.IsLeftUncoded(prompt.Dimension.IsCategorical))
        {
            return "left uncoded";
        }

        if (coding.IsNoneApplies)
        {
            return "none applies";
        }

        return string.Join("; ", prompt.Options.Where(o => coding.Values.Contains(o.Value)).Select(o => OptionLabel(prompt.Dimension, o)));
    }

    /// <summary>
    /// A choice's label; on a scale the value goes first in brackets, signed when the scale has negative values, so
    /// "4  (+1) cooperative" cannot be misread as "type 1": the key is always the number on the left.
    /// </summary>
    public static string OptionLabel(Dimension dimension, PromptOption option)
    {
        if (dimension.IsCategorical)
        {
            return option.Label;
        }

        var signed = dimension.Levels.Any(l => l.Value < 0);
        var value = double.Parse(option.Value, CultureInfo.InvariantCulture);
        return $"({(signed && value > 0 ? "+" : string.Empty)}{option.Value}) {option.Label}";
    }

    /// <summary>The heading of a codebook entry: number, label and id (or scale value).</summary>
    public static string HelpTitle(Dimension dimension, HelpEntry help) => dimension.IsCategorical
        ? $"{help.Number} · {help.Label} ({help.Value})"
        : $"{help.Number} · {OptionLabel(dimension, new PromptOption(help.Number, help.Value, help.Label, 0, false))}";

    /// <summary>The keys of the page on a dimension (<c>?</c> alone), with what each does: only the keys this dimension takes.</summary>
    public static IEnumerable<(string Key, string Does)> DimensionKeys(DimensionPrompt prompt)
    {
        yield return prompt.Dimension.Kind == DimensionKind.Multi
            ? ("2 Enter", "tick or untick choice 2; Enter alone records the ticked")
            : ("2 Enter", "choose choice 2 and go on");
        if (prompt.AllowsNone)
        {
            yield return ("n", "none of the categories applies");
        }

        if (prompt.AllowsUncoded)
        {
            yield return ("x", "leave uncoded (missing data, not 'none applies')");
        }

        yield return ("2? or h2 Enter", "the codebook entry of choice 2");
        yield return ("m", "memo: a line, saved at once");
        yield return ("s / b / u", "skip the unit / back one unit / undo the last answer");
        yield return ("PgUp PgDn ↑ ↓", "scroll a long unit or page");
        yield return ("q", "quit; every answer and memo is saved");
    }

    private static string Duration(TimeSpan span) => span.TotalMinutes < 1
        ? "<1 min"
        : span.TotalHours < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(span.TotalMinutes):0} min")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");
}
