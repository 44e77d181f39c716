using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Removes what a printed page adds around the text, where it can be recognised reliably: lines that
/// are only a page number, running headers and footers (a short line repeated identically at the top
/// or bottom of at least three pages) and form feeds.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The longest line still taken for a running header or footer.</summary>
    internal const int MaxRunningLineLength = 80;

    /// <summary>How many pages must repeat a line before it counts as a running header or footer.</summary>
    internal const int MinRepeats = 3;

    /// <summary>The longest line that can be a page number line (<c>page 123 of 456</c> with some spaces).</summary>
    private const int MaxPageNumberLineLength = 32;

    /// <summary>Removes page furniture from LF-separated <paramref name="text"/>.</summary>
    public static string Remove(string text)
    {
        // Without a form feed or a page-number line the text is one page, and one page has no running lines.
        return text.Contains('\f', StringComparison.Ordinal) || HasPageNumberLine(text) ? RemoveFromPages(text) : text;
    }

    /// <summary>Whether <paramref name="line"/> is only a page number (<c>12</c>, <c>- 12 -</c>, <c>Page 12 of 40</c>).</summary>
    internal static bool IsPageNumberLine(ReadOnlySpan<char> line) => line.Length <= MaxPageNumberLineLength && PageNumberLine().IsMatch(line);

    private static bool HasPageNumberLine(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var newline = rest.IndexOf('\n');
            var line = newline < 0 ? rest : rest[..newline];
            if (line.Length <= MaxPageNumberLineLength && PageNumberLine().IsMatch(line))
            {
                return true;
            }

            if (newline < 0)
            {
                return false;
            }

            rest = rest[(newline + 1)..];
        }
    }

    private static string RemoveFromPages(string text)
    {
        var lines = text.Split('\n');
        var keep = new bool[lines.Length];
        Array.Fill(keep, true);

        // Pages end at a form feed or at a page-number line; both go.
        var pages = new List<(int First, int Last)>();
        var pageStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\f', StringComparison.Ordinal))
            {
                lines[i] = line.Replace("\f", string.Empty, StringComparison.Ordinal);
                pages.Add((pageStart, i - 1));
                pageStart = i;
            }

            // Page-number lines are short; the length test spares the regex on ordinary lines.
            if (lines[i].Length <= MaxPageNumberLineLength && PageNumberLine().IsMatch(lines[i]))
            {
                keep[i] = false;
                pages.Add((pageStart, i - 1));
                pageStart = i + 1;
            }
        }

        pages.Add((pageStart, lines.Length - 1));
        if (pages.Count >= MinRepeats)
        {
            RemoveRunningLines(lines, keep, pages);
        }

        return string.Join('\n', lines.Where((_, i) => keep[i]));
    }

    private static void RemoveRunningLines(string[] lines, bool[] keep, List<(int First, int Last)> pages)
    {
        var edges = new List<(int Page, int Line)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var (first, last) = pages[p];
            var top = Enumerable.Range(first, Math.Max(0, last - first + 1)).FirstOrDefault(i => keep[i] && lines[i].Trim().Length > 0, -1);
            var bottom = Enumerable.Range(first, Math.Max(0, last - first + 1)).LastOrDefault(i => keep[i] && lines[i].Trim().Length > 0, -1);
            if (top >= 0)
            {
                edges.Add((p, top));
            }

            if (bottom >= 0 && bottom != top)
            {
                edges.Add((p, bottom));
            }
        }

        foreach (var group in edges.GroupBy(e => lines[e.Line].Trim(), StringComparer.Ordinal))
        {
            if (group.Key.Length <= MaxRunningLineLength && group.Select(e => e.Page).Distinct().Count() >= MinRepeats)
            {
                foreach (var (_, line) in group)
                {
                    keep[line] = false;
                }
            }
        }
    }

    // "12", "- 12 -", "— 12 —", "Page 12", "page 12 of 40", "12 / 40", "[12]".
    [GeneratedRegex(@"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\[\d{1,4}\]|(?:[Pp]age|[Pp]\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$")]
    private static partial Regex PageNumberLine();
}
