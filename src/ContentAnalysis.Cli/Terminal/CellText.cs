using System.Globalization;
using System.Text;
using Wcwidth;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>
/// Terminal cell widths by grapheme cluster (Wcwidth 4.0.1 tables): East Asian wide characters and emoji take
/// two cells, combining marks none, and a cluster (a flag, an emoji with modifiers, a letter with its accents)
/// is measured, and cut, as one piece.
/// </summary>
internal static class CellText
{
    private const int VariationSelector16 = 0xFE0F;

    /// <summary>The width of <paramref name="text"/> (one line) in terminal cells.</summary>
    public static int Width(string text)
    {
        var width = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, i);
            width += ClusterWidth(text.AsSpan(i, length));
            i += length;
        }

        return width;
    }

    /// <summary>The grapheme clusters of <paramref name="text"/> in order.</summary>
    public static IEnumerable<string> Clusters(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, i);
            yield return text.Substring(i, length);
            i += length;
        }
    }

    /// <summary>The width of one grapheme cluster: its first code point's, two for a flag or an emoji presentation.</summary>
    public static int ClusterWidth(ReadOnlySpan<char> cluster)
    {
        var first = true;
        var width = 0;
        var regional = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (rune.Value is >= 0x1F1E6 and <= 0x1F1FF)
            {
                regional++;
            }

            if (first)
            {
                width = Math.Max(0, UnicodeCalculator.GetWidth(rune));
                first = false;
            }
            else if (rune.Value == VariationSelector16)
            {
                width = 2;
            }
        }

        return regional >= 2 ? 2 : width;
    }

    /// <summary>The longest prefix of <paramref name="word"/> (whole clusters, at least one) that fits in <paramref name="width"/> cells.</summary>
    public static int Fit(string word, int width)
    {
        var used = 0;
        var i = 0;
        while (i < word.Length)
        {
            var length = StringInfo.GetNextTextElementLength(word, i);
            var size = ClusterWidth(word.AsSpan(i, length));
            if (used + size > width && i > 0)
            {
                break;
            }

            used += size;
            i += length;
        }

        return i;
    }

    /// <summary>Greedy word wrap by cell width; only a word wider than the line is cut, and only between clusters.</summary>
    public static List<string> Wrap(string text, int width)
    {
        width = Math.Max(1, width);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var size = Width(word);
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
                }

                var rest = word;
                while (Width(rest) > width)
                {
                    var cut = Fit(rest, width);
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }

                line.Append(rest);
                used = Width(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
