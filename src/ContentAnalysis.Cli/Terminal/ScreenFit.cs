namespace ContentAnalysis.Cli.Terminal;

/// <summary>Makes a laid-out screen fit the terminal: no line wider than it, no more lines than it has rows.</summary>
internal static class ScreenFit
{
    private const string CutMark = "… ";

    /// <summary>Wraps every line wider than <paramref name="width"/>, continuing it at the line's own indent.</summary>
    public static List<ScreenLine> Fold(IEnumerable<ScreenLine> lines, int width)
    {
        var result = new List<ScreenLine>();
        foreach (var line in lines)
        {
            if (CellText.Width(line.Text) <= width)
            {
                result.Add(line);
                continue;
            }

            var indent = line.Text.Length - line.Text.TrimStart(' ').Length;
            indent = indent > width / 2 ? 0 : indent;
            var prefix = new string(' ', indent);
            result.AddRange(TextWrap.Lines(line.Text[indent..], width - indent).Select(l => line with { Text = prefix + l }));
        }

        return result;
    }

    /// <summary>
    /// Drops lines of the dimmed context to save <paramref name="excess"/> rows: from the far end of
    /// <paramref name="context"/> (its start when <paramref name="fromStart"/>), marking the cut on the line kept next to it.
    /// </summary>
    public static void Trim(List<ScreenLine> context, ref int excess, bool fromStart)
    {
        var cut = Math.Min(excess, context.Count);
        if (cut <= 0)
        {
            return;
        }

        excess -= cut;
        context.RemoveRange(fromStart ? 0 : context.Count - cut, cut);
        if (context.Count > 0)
        {
            var edge = fromStart ? 0 : context.Count - 1;
            var text = context[edge].Text;
            context[edge] = context[edge] with { Text = CutMark + (text.StartsWith("  ", StringComparison.Ordinal) ? text[2..] : text) };
        }
    }
}
