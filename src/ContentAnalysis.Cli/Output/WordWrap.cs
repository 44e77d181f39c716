using System.Text;
using Spectre.Console;

namespace ContentAnalysis.Cli.Output;

/// <summary>Greedy word wrapping by terminal cell width; only a word wider than the whole line is cut.</summary>
internal static class WordWrap
{
    /// <summary>The lines of <paramref name="text"/> wrapped to at most <paramref name="width"/> cells (line breaks kept).</summary>
    public static List<string> Lines(string text, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var size = word.GetCellWidth();
                if (used > 0 && used + 1 + size <= width)
                {
                    line.Append(' ').Append(word);
                    used += 1 + size;
                    continue;
                }

                if (used > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    used = 0;
                }

                var rest = word;
                while (rest.GetCellWidth() > width)
                {
                    var cut = Fit(rest, width);
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }

                line.Append(rest);
                used = rest.GetCellWidth();
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/> cells, lines joined with <c>\n</c>.</summary>
    public static string Wrap(string text, int width) => string.Join('\n', Lines(text, width));

    // The longest prefix (at least one character, whole surrogate pairs) that fits in width cells.
    private static int Fit(string word, int width)
    {
        var used = 0;
        var i = 0;
        while (i < word.Length)
        {
            var step = char.IsHighSurrogate(word[i]) && i + 1 < word.Length ? 2 : 1;
            var size = word.Substring(i, step).GetCellWidth();
            if (used + size > width && i > 0)
            {
                break;
            }

            used += size;
            i += step;
        }

        return i;
    }
}
