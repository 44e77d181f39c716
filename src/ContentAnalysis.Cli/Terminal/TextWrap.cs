using System.Text;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Greedy word wrapping for the unit text.</summary>
internal static class TextWrap
{
    /// <summary>Wraps <paramref name="text"/> to lines of at most <paramref name="width"/> characters (longer words are cut).</summary>
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        width = Math.Max(10, width);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var rest = word;
                while (rest.Length > 0)
                {
                    var room = line.Length == 0 ? width : width - line.Length - 1;
                    if (rest.Length <= room)
                    {
                        line.Append(line.Length == 0 ? string.Empty : " ").Append(rest);
                        rest = string.Empty;
                    }
                    else if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }
                    else
                    {
                        lines.Add(rest[..width]);
                        rest = rest[width..];
                    }
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
