using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Lays out a <see cref="SessionScreen"/> as lines; both views draw these, so they show the same thing.</summary>
internal static class ScreenLayout
{
    private const string ContextIndent = "  ";
    private const string TextIndent = "│ ";

    /// <summary>
    /// The lines of <paramref name="screen"/> for a terminal <paramref name="width"/> columns wide: none wider
    /// than that, and when they would take more than <paramref name="height"/> rows, the dimmed neighbours are
    /// cut first, so the progress line and the document stay on screen.
    /// </summary>
    public static IReadOnlyList<ScreenLine> Lines(SessionScreen screen, int width, int height = int.MaxValue)
    {
        var top = new List<ScreenLine> { new(Header(screen), LineStyle.Header) };
        var previous = new List<ScreenLine>();
        var current = new List<ScreenLine>();
        var next = new List<ScreenLine>();
        var bottom = new List<ScreenLine>();
        if (screen.Unit is { } unit)
        {
            var d = unit.Document;
            var meta = string.Join(" · ", new[] { d.Title, d.Author, d.Date, d.Period }.Where(s => s.Length > 0));
            top.Add(new($"{meta} — {unit.Id}", LineStyle.Meta));
            top.Add(new(string.Empty, LineStyle.Text));
            AddWrapped(previous, unit.PreviousText, ContextIndent, width, LineStyle.Context);
            AddWrapped(current, unit.Text, TextIndent, width, LineStyle.Text);
            AddWrapped(next, unit.NextText, ContextIndent, width, LineStyle.Context);
            bottom.Add(new(string.Empty, LineStyle.Text));
        }

        if (screen.Prompt is { } prompt)
        {
            AddPrompt(bottom, prompt, screen.Mode, width);
        }

        if (screen.Help is { } help)
        {
            AddHelp(bottom, help, width);
        }

        if (screen.Mode == SessionMode.Completed)
        {
            bottom.Add(new(string.Empty, LineStyle.Text));
            bottom.Add(new(string.Create(CultureInfo.InvariantCulture, $"all {screen.Progress.Total} units coded"), LineStyle.Question));
            bottom.Add(new("b back to the last unit to change it · u undo the last answer · q or Enter quits", LineStyle.Keys));
        }

        if (screen.Message is { } message)
        {
            bottom.Add(new(message, LineStyle.Message));
        }

        bottom.Add(new(Input(screen), LineStyle.Input));
        top = ScreenFit.Fold(top, width);
        bottom = ScreenFit.Fold(bottom, width);
        var excess = top.Count + previous.Count + current.Count + next.Count + bottom.Count - height;
        ScreenFit.Trim(previous, ref excess, fromStart: true);
        ScreenFit.Trim(next, ref excess, fromStart: false);
        return [.. top, .. previous, .. current, .. next, .. bottom];
    }

    private static string Header(SessionScreen screen)
    {
        var p = screen.Progress;
        var left = p.Remaining is { } r ? $" · about {FormatDuration(r)} left" : string.Empty;
        var position = screen.Position > 0 ? $"unit {screen.Position} of {p.Total} · " : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{screen.Coder} · {position}{p.Done} of {p.Total} done ({p.Percent:0}%){left}");
    }

    private static string FormatDuration(TimeSpan span) => span.TotalMinutes < 1
        ? "<1 min"
        : span.TotalHours < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(span.TotalMinutes):0} min")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");

    private static string Input(SessionScreen screen) => screen.Mode switch
    {
        SessionMode.HelpNumber => "definition of number: " + screen.Typed,
        SessionMode.Memo => "memo: type a line, Enter saves",
        SessionMode.Quit => "session closed; every answer is saved",
        SessionMode.Finished => "session finished; every answer is saved",
        _ => "> " + screen.Typed,
    };

    /// <summary>Adds <paramref name="text"/> wrapped to the width behind <paramref name="indent"/> (nothing for null).</summary>
    internal static void AddWrapped(List<ScreenLine> lines, string? text, string indent, int width, LineStyle style)
    {
        if (text is null)
        {
            return;
        }

        lines.AddRange(TextWrap.Lines(text, width - indent.Length).Select(l => new ScreenLine(indent + l, style)));
    }

    private static void AddPrompt(List<ScreenLine> lines, DimensionPrompt prompt, SessionMode mode, int width)
    {
        var d = prompt.Dimension;
        var how = d.Kind == DimensionKind.Multi ? "several allowed: number+Enter toggles, Enter confirms" : "number+Enter";
        AddWrapped(lines, $"[{prompt.Position}/{prompt.Count}] {d.Label} ({d.Id}) — {d.Question}  ({how})", string.Empty, width, LineStyle.Question);
        foreach (var option in prompt.Options)
        {
            var mark = d.Kind == DimensionKind.Multi ? (option.IsSelected ? "[x]" : "[ ]") : (option.IsSelected ? " ● " : "   ");
            var prefix = $"  {mark} {option.Number,2}  {new string(' ', option.Depth * 2)}";
            var style = option.IsSelected ? LineStyle.Chosen : LineStyle.Option;

            // A long label continues under itself, not under the number.
            var label = TextWrap.Lines(option.Label, width - prefix.Length);
            lines.AddRange(label.Select((l, i) => new ScreenLine((i == 0 ? prefix : new string(' ', prefix.Length)) + l, style)));
        }

        var choices = new List<string>();
        if (prompt.AllowsNone)
        {
            choices.Add("n none applies");
        }

        if (prompt.AllowsUncoded)
        {
            choices.Add("x leave uncoded");
        }

        if (choices.Count > 0)
        {
            lines.Add(new("        " + string.Join(" · ", choices), LineStyle.Option));
        }

        if (prompt.Current is { } current)
        {
            lines.Add(new($"recorded: {current} (Enter keeps it)", LineStyle.Chosen));
        }

        if (prompt.RecordedMemo.Length > 0)
        {
            lines.Add(new($"memo: {prompt.RecordedMemo} (m adds to it)", LineStyle.Chosen));
        }

        if (prompt.PendingMemo.Length > 0)
        {
            lines.Add(new($"new memo: {prompt.PendingMemo} (saved with this answer)", LineStyle.Chosen));
        }

        if (mode == SessionMode.Choosing)
        {
            lines.Add(new("keys: 2? or h2 definition · m memo · s skip · b back · u undo · q quit", LineStyle.Keys));
        }
    }

    private static void AddHelp(List<ScreenLine> lines, HelpEntry help, int width)
    {
        lines.Add(new("── " + help.Title, LineStyle.Help));
        AddWrapped(lines, help.Definition, "  ", width, LineStyle.Help);
        AddSection(lines, "applies when", help.Include, width);
        AddSection(lines, "does not apply when", help.Exclude, width);
        AddSection(lines, "anchor example", help.Examples, width);
    }

    private static void AddSection(List<ScreenLine> lines, string title, IReadOnlyList<string> items, int width)
    {
        if (items.Count == 0)
        {
            return;
        }

        lines.Add(new("  " + title + ":", LineStyle.Help));
        foreach (var item in items)
        {
            // Hanging indent: continuation lines align with the text after the bullet.
            var wrapped = TextWrap.Lines(item, width - 6);
            lines.AddRange(wrapped.Select((l, i) => new ScreenLine((i == 0 ? "    • " : "      ") + l, LineStyle.Help)));
        }
    }
}
