namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Turns a selection's positions into code-point positions of a source text, repairing the two shifts programs
/// produce: positions that counted the byte order mark, and positions counted on the text with CRLF line ends read
/// as one character. A repair is chosen when the selection's name (most programs put the selected text there)
/// matches the text only with it, or when only the repaired positions fall inside the text.
/// </summary>
internal sealed class SourceOffsets
{
    private const int Compared = 24;
    private readonly string _text;
    private readonly CodePoints _points;
    private readonly bool _bom;
    private readonly int[]? _rawByLf;

    /// <summary>Indexes <paramref name="text"/> (its byte order mark removed; <paramref name="bom"/> whether it had one).</summary>
    public SourceOffsets(string text, bool bom)
    {
        _text = text;
        _points = new CodePoints(text);
        _bom = bom;
        if (text.Contains("\r\n", StringComparison.Ordinal))
        {
            var map = new List<int>(_points.Length + 1);
            for (var p = 0; p < _points.Length; p++)
            {
                var at = _points.ToUtf16(p);
                if (!(text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n'))
                {
                    map.Add(p);
                }
            }

            map.Add(_points.Length);
            _rawByLf = [.. map];
        }
    }

    /// <summary>The text's length in code points.</summary>
    public int Length => _points.Length;

    /// <summary>The code points of the text.</summary>
    public CodePoints Points => _points;

    /// <summary>The positions to use, or null when none fit; and the repair made, or null.</summary>
    public ((int Start, int End)? Range, string? Repair) Resolve(long start, long end, string? name)
    {
        var candidates = new List<(long Start, long End, string? Repair)> { (start, end, null) };
        if (_bom)
        {
            candidates.Add((start - 1, end - 1, "positions that counted the byte order mark"));
        }

        if (_rawByLf is { } map && start >= 0 && end < map.Length && start <= end)
        {
            candidates.Add((map[start], map[end], "positions counted with CRLF line ends as one character"));
        }

        var fitting = candidates.Where(c => c.Start >= 0 && c.Start < c.End && c.End <= Length).ToList();
        if (fitting.Count == 0)
        {
            return (null, null);
        }

        var hint = Normalize(name ?? string.Empty).Trim();
        var chosen = hint.Length >= 3 ? fitting.FirstOrDefault(c => Matches(c.Start, c.End, hint)) : default;
        if (chosen == default)
        {
            chosen = fitting[0];
        }

        return (((int)chosen.Start, (int)chosen.End), chosen.Repair);
    }

    private bool Matches(long start, long end, string hint)
    {
        var selected = Normalize(_points.Slice(_text, (int)start, (int)end));
        var length = Math.Min(Compared, Math.Min(selected.Length, hint.Length));
        return length > 0 && string.CompareOrdinal(selected, 0, hint, 0, length) == 0;
    }

    // White space runs become one space; leading white space stays, so a selection shifted onto a line break differs.
    private static string Normalize(string text)
    {
        var collapsed = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                collapsed.Append(c);
            }
            else if (collapsed.Length == 0 || collapsed[^1] != ' ')
            {
                collapsed.Append(' ');
            }
        }

        return collapsed.ToString();
    }
}
