using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

internal static partial class ScreenLayout
{
    private static void AddPrompt(List<ScreenLine> lines, DimensionPrompt prompt, InputMode mode, int width)
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
            var label = TextWrap.Lines(SessionWords.OptionLabel(d, option), width - prefix.Length);
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

        if (prompt.Recorded is { } recorded)
        {
            AddWrapped(lines, $"recorded: {SessionWords.Recorded(prompt, recorded)} (Enter keeps it)", string.Empty, width, LineStyle.Chosen);
            if (recorded.Memo.Length > 0)
            {
                AddWrapped(lines, $"memo: {recorded.Memo} (m adds to it)", string.Empty, width, LineStyle.Chosen);
            }
        }

        if (prompt.PendingMemo.Length > 0)
        {
            AddWrapped(lines, $"memo (saved; goes with this answer): {prompt.PendingMemo}", string.Empty, width, LineStyle.Chosen);
        }

        if (mode == InputMode.Choosing)
        {
            AddWrapped(lines, SessionWords.KeysLine, string.Empty, width, LineStyle.Keys);
        }
    }

    private static void AddHelp(List<ScreenLine> lines, Dimension dimension, HelpEntry help, int width)
    {
        AddWrapped(lines, "── " + SessionWords.HelpTitle(dimension, help), string.Empty, width, LineStyle.Help);
        AddWrapped(lines, help.Definition, "  ", width, LineStyle.Help);
        AddSection(lines, "applies when", help.Include, width);
        AddSection(lines, "does not apply when", [.. help.Exclude.Select(r => r.See is null ? r.Text : $"{r.Text} → {r.See}")], width);
        AddSection(lines, "anchor example", help.Examples, width);
        lines.Add(new("any key goes back to the unit", LineStyle.Keys));
    }

    private static void AddDimensionPage(List<ScreenLine> lines, DimensionPrompt prompt, int width)
    {
        var d = prompt.Dimension;
        var kind = d.Kind.ToString().ToLowerInvariant();
        AddWrapped(lines, $"── {d.Label} ({d.Id}, {kind}, {(d.Required ? "required" : "optional")})", string.Empty, width, LineStyle.Help);
        AddWrapped(lines, d.Question, "  ", width, LineStyle.Help);
        if (!string.IsNullOrWhiteSpace(d.Description))
        {
            AddWrapped(lines, d.Description.Trim(), "  ", width, LineStyle.Help);
        }

        lines.Add(new("  keys:", LineStyle.Help));
        foreach (var (key, does) in SessionWords.DimensionKeys(prompt))
        {
            // A hanging column: what the key does continues under itself.
            var prefix = "    " + key.PadRight(15);
            var wrapped = TextWrap.Lines(does, width - prefix.Length);
            lines.AddRange(wrapped.Select((l, i) => new ScreenLine((i == 0 ? prefix : new string(' ', prefix.Length)) + l, LineStyle.Help)));
        }

        lines.Add(new("any key goes back to the unit", LineStyle.Keys));
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
