using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Reconciliation;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Lays out a <see cref="ReconciliationScreen"/> as lines; the terminal and the scripted view draw these.</summary>
internal static class ReconcileLayout
{
    /// <summary>The lines of <paramref name="screen"/> for a terminal <paramref name="width"/> columns wide.</summary>
    public static IReadOnlyList<ScreenLine> Lines(ReconciliationScreen screen, int width)
    {
        var lines = new List<ScreenLine>
        {
            new(string.Create(CultureInfo.InvariantCulture, $"reconcile into {screen.Into} · {(screen.Position > 0 ? $"disagreement {screen.Position} of {screen.Count} · " : string.Empty)}{screen.Decided} decided"), LineStyle.Header),
        };
        if (screen.Item is { } item)
        {
            var d = item.Unit.Document;
            var meta = string.Join(" · ", new[] { d.Title, d.Author, d.Date, d.Period }.Where(s => s.Length > 0));
            lines.Add(new($"{meta} — {item.Unit.Id}", LineStyle.Meta));
            lines.Add(new(string.Empty, LineStyle.Text));
            ScreenLayout.AddWrapped(lines, item.Unit.Text, "│ ", width, LineStyle.Text);
            lines.Add(new(string.Empty, LineStyle.Text));
            ScreenLayout.AddWrapped(lines, $"{item.Dimension.Label} ({item.Dimension.Id}, {item.Dimension.Kind.ToString().ToLowerInvariant()}) — {item.Dimension.Question}", string.Empty, width, LineStyle.Question);
            foreach (var choice in screen.Choices)
            {
                ScreenLayout.AddWrapped(lines, $"{choice.Number,2}  {choice.Coder}: {choice.Shown}", "  ", width, LineStyle.Option);
                if (choice.Memo.Length > 0)
                {
                    ScreenLayout.AddWrapped(lines, "memo: " + choice.Memo, "        ", width, LineStyle.Context);
                }
            }

            AddEntries(lines, screen, width);
            AddOptions(lines, screen, item.Dimension, width);
            if (screen.PendingReason.Length > 0)
            {
                ScreenLayout.AddWrapped(lines, "reason: " + screen.PendingReason, string.Empty, width, LineStyle.Chosen);
            }

            lines.Add(new(Keys(screen), LineStyle.Keys));
        }
        else
        {
            lines.Add(new(screen.Mode == ReconciliationMode.Quit ? "stopped; every decision so far is saved" : "no disagreement left to decide", LineStyle.Question));
        }

        if (screen.Message is { } message)
        {
            lines.Add(new(message, LineStyle.Message));
        }

        lines.Add(new(screen.Mode == ReconciliationMode.Reason ? "reason: type a line, Enter saves" : "> " + screen.Typed, LineStyle.Input));
        return ScreenFit.Fold(lines, width);
    }

    private static void AddEntries(List<ScreenLine> lines, ReconciliationScreen screen, int width)
    {
        if (screen.Entries.Count == 0)
        {
            return;
        }

        lines.Add(new("── codebook", LineStyle.Help));
        foreach (var entry in screen.Entries)
        {
            ScreenLayout.AddWrapped(lines, $"{entry.Label} ({entry.Value}){(entry.Definition.Length > 0 ? ": " + entry.Definition : string.Empty)}", "  ", width, LineStyle.Help);
        }
    }

    private static void AddOptions(List<ScreenLine> lines, ReconciliationScreen screen, Dimension dimension, int width)
    {
        if (screen.Options.Count == 0)
        {
            return;
        }

        lines.Add(new(dimension.Kind == DimensionKind.Multi ? "value: number+Enter toggles, Enter records the ticked ones" : "value: number+Enter records it", LineStyle.Question));
        foreach (var option in screen.Options)
        {
            var mark = dimension.Kind == DimensionKind.Multi ? (option.IsSelected ? "[x]" : "[ ]") : "   ";
            ScreenLayout.AddWrapped(lines, $"{mark} {option.Number,2}  {new string(' ', option.Depth * 2)}{option.Label}", "  ", width, option.IsSelected ? LineStyle.Chosen : LineStyle.Option);
        }
    }

    private static string Keys(ReconciliationScreen screen) => screen.Mode switch
    {
        ReconciliationMode.Value => "keys: " + (screen.AllowsNone ? "n none applies · " : string.Empty) + (screen.AllowsUncoded ? "x leave uncoded · " : string.Empty) + "m reason · Escape back",
        _ => "keys: number+Enter chooses that coder's coding · " + (screen.AllowsCombine ? "c combine · " : string.Empty) + "v new value · m reason · s leave open · q quit",
    };
}
