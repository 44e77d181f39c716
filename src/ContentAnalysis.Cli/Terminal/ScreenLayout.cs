using System.Globalization;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>
/// Lays out a <see cref="SessionView"/> for a terminal of a given size: the header (coder, progress, unit id and
/// document) at the top and the input line at the bottom always in view, the body between them paged.
/// </summary>
internal static partial class ScreenLayout
{
    private const string ContextIndent = "  ";
    private const string TextIndent = "│ ";

    /// <summary>Every line of <paramref name="view"/> wrapped to <paramref name="width"/>, nothing paged (the scripted view).</summary>
    public static IReadOnlyList<ScreenLine> Lines(SessionView view, int width) => Frame(view, width, int.MaxValue).Lines;

    /// <summary>
    /// The screen for a terminal <paramref name="width"/> cells wide and <paramref name="height"/> rows high: no line
    /// wider, no more lines than rows. When the body does not fit, the dimmed neighbours are cut first (the previous
    /// unit, then the far end of the next one); what still does not fit is paged from <see cref="SessionView.Scroll"/>,
    /// with a line saying where the page is. The unit text and the help are never cut.
    /// </summary>
    public static ScreenFrame Frame(SessionView view, int width, int height)
    {
        width = Math.Max(10, width);
        var top = ScreenFit.Fold(Header(view.Screen), width);
        var bottom = new List<ScreenLine>();
        if (view.Message is { } message)
        {
            bottom.AddRange(message.Split('\n').Select(l => new ScreenLine(l.TrimEnd('\r'), LineStyle.Message)));
        }

        bottom.Add(new(SessionWords.Input(view), LineStyle.Input));
        bottom = ScreenFit.Fold(bottom, width);

        var body = Body(view, width);
        var rows = height == int.MaxValue ? int.MaxValue : Math.Max(1, height - top.Count - bottom.Count);
        var excess = body.Lead.Count + body.Previous.Count + body.Unit.Count + body.Next.Count + body.Tail.Count - rows;
        ScreenFit.Trim(body.Previous, ref excess, fromStart: true);
        ScreenFit.Trim(body.Next, ref excess, fromStart: false);
        List<ScreenLine> all = [.. body.Lead, .. body.Previous, .. body.Unit, .. body.Next, .. body.Tail];
        var scroll = 0;
        if (all.Count > rows)
        {
            // One row says where the page is; the rest shows the page.
            var shown = Math.Max(1, rows - 1);
            scroll = Math.Clamp(view.Scroll, 0, all.Count - shown);
            var page = all.GetRange(scroll, shown);
            page.Add(new(PageLine(scroll, shown, all.Count), LineStyle.Keys));
            return new ScreenFrame([.. top, .. page, .. bottom], scroll, shown);
        }

        return new ScreenFrame([.. top, .. all, .. bottom], scroll, rows);
    }

    private static string PageLine(int scroll, int shown, int total)
    {
        var more = scroll + shown < total ? "PgDn ↓ more" : "end";
        var back = scroll > 0 ? "PgUp ↑ back · " : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"── lines {scroll + 1}–{scroll + shown} of {total} · {back}{more}");
    }

    private static List<ScreenLine> Header(SessionScreen screen)
    {
        var lines = new List<ScreenLine> { new(SessionWords.Progress(screen), LineStyle.Header) };
        if (screen.Unit is { } unit)
        {
            var d = unit.Document;
            var meta = string.Join(" · ", new[] { d.Title, d.Author, d.Date, d.Period }.Where(s => s.Length > 0));
            lines.Add(new($"{unit.Id} — {meta}", LineStyle.Meta));
        }

        return lines;
    }

    private static BodyParts Body(SessionView view, int width)
    {
        var lead = new List<ScreenLine>();
        var previous = new List<ScreenLine>();
        var current = new List<ScreenLine>();
        var next = new List<ScreenLine>();
        var rest = new List<ScreenLine>();
        if (view.Panel is { } panel)
        {
            rest.Add(new(panel.Title, LineStyle.Question));
            rest.AddRange(ScreenFit.Fold(panel.Lines, width));
            return new(lead, previous, current, next, rest);
        }

        if (view.IsComplete)
        {
            rest.Add(new(string.Empty, LineStyle.Text));
            rest.Add(new(string.Create(CultureInfo.InvariantCulture, $"all {view.Screen.Progress.Total} units coded"), LineStyle.Question));
            rest.Add(new(SessionWords.CompletedLine, LineStyle.Keys));
            return new(lead, previous, current, next, ScreenFit.Fold(rest, width));
        }

        if (view.Screen.Prompt is not { } prompt || view.Screen.Unit is not { } unit)
        {
            return new(lead, previous, current, next, rest);
        }

        // The blank line under the header is not context: it stays when the dimmed text goes.
        lead.Add(new(string.Empty, LineStyle.Text));

        if (view.Help is { } help)
        {
            AddHelp(rest, prompt.Dimension, help, width);
            return new(lead, previous, current, next, rest);
        }

        if (view.DimensionPage)
        {
            AddDimensionPage(rest, prompt, width);
            return new(lead, previous, current, next, rest);
        }

        AddWrapped(previous, unit.PreviousText, ContextIndent, width, LineStyle.Context);
        AddWrapped(current, unit.Text, TextIndent, width, LineStyle.Text);
        AddWrapped(next, unit.NextText, ContextIndent, width, LineStyle.Context);
        rest.Add(new(string.Empty, LineStyle.Text));
        AddPrompt(rest, prompt, view.Mode, width);
        return new(lead, previous, current, next, rest);
    }

    /// <summary>Adds <paramref name="text"/> wrapped to the width behind <paramref name="indent"/> (nothing for null).</summary>
    internal static void AddWrapped(List<ScreenLine> lines, string? text, string indent, int width, LineStyle style)
    {
        if (text is null)
        {
            return;
        }

        lines.AddRange(TextWrap.Lines(text, width - CellText.Width(indent)).Select(l => new ScreenLine(indent + l, style)));
    }

    // The body in parts: a lead line, the previous unit (dimmed), the unit, the next unit (dimmed), and the rest.
    private sealed record BodyParts(List<ScreenLine> Lead, List<ScreenLine> Previous, List<ScreenLine> Unit, List<ScreenLine> Next, List<ScreenLine> Tail);
}
