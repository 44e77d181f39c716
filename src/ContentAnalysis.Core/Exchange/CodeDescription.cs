using System.Text;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// The text of a REFI-QDA <c>Description</c>: what a person reads (a definition, a question) and, below a line
/// <c>[qcat]</c>, one <c>key: value</c> line per fact REFI-QDA has no place for (rules, anchor examples, indicators,
/// dimension kind, ids). A line starting with two spaces continues the value above it on a new line.
/// </summary>
internal static class CodeDescription
{
    /// <summary>The line that starts the block.</summary>
    public const string Marker = "[qcat]";

    /// <summary>The description of <paramref name="human"/> text and <paramref name="fields"/>.</summary>
    public static string Compose(string human, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder(human.Trim());
        if (fields.Count == 0)
        {
            return text.ToString();
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(Marker);
        foreach (var (key, value) in fields)
        {
            text.Append('\n').Append(key).Append(':');
            if (value.Length > 0)
            {
                text.Append(' ').Append(value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }

    /// <summary>Splits a description into its human text and its fields (none when it has no block).</summary>
    public static (string Human, IReadOnlyList<KeyValuePair<string, string>> Fields) Parse(string? description)
    {
        var text = (description ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        int at;
        if (text.StartsWith(Marker + "\n", StringComparison.Ordinal) || text == Marker)
        {
            at = 0;
        }
        else
        {
            var found = text.LastIndexOf("\n" + Marker + "\n", StringComparison.Ordinal);
            at = found >= 0 ? found + 1 : text.EndsWith("\n" + Marker, StringComparison.Ordinal) ? text.Length - Marker.Length : -1;
        }

        if (at < 0)
        {
            return (text.Trim(), []);
        }

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var line in text[(at + Marker.Length)..].Split('\n'))
        {
            if (line.StartsWith("  ", StringComparison.Ordinal) && fields.Count > 0)
            {
                var last = fields[^1];
                fields[^1] = new(last.Key, last.Value + "\n" + line[2..]);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var value = line[(colon + 1)..];
                fields.Add(new(line[..colon].Trim(), value.StartsWith(' ') ? value[1..] : value));
            }
        }

        return (text[..at].Trim(), fields);
    }

    /// <summary>The first value of <paramref name="key"/>, or null.</summary>
    public static string? First(IReadOnlyList<KeyValuePair<string, string>> fields, string key) =>
        fields.Where(f => f.Key == key).Select(f => f.Value).FirstOrDefault();

    /// <summary>Every value of <paramref name="key"/>, in order.</summary>
    public static IReadOnlyList<string> All(IReadOnlyList<KeyValuePair<string, string>> fields, string key) =>
        [.. fields.Where(f => f.Key == key).Select(f => f.Value)];
}
