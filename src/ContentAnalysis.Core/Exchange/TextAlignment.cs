namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Maps positions in a source text as another program stored it to positions in qcat's normalised text of the same
/// document (line breaks inside paragraphs joined, blank lines collapsed, hyphenation joined, page furniture dropped).
/// Characters are matched in order; white space on either side may be dropped, and after any other difference the
/// next 16 characters are searched for a little further on, so a position keeps pointing at the same words.
/// </summary>
internal sealed class TextAlignment
{
    private const int Anchor = 16;
    private const int Window = 4096;
    private readonly int[] _map;

    /// <summary>Aligns <paramref name="source"/> with <paramref name="stored"/> (UTF-16 positions).</summary>
    public TextAlignment(string source, string stored)
    {
        _map = new int[source.Length + 1];
        var j = 0;
        for (var i = 0; i < source.Length;)
        {
            if (j < stored.Length && source[i] == stored[j])
            {
                _map[i++] = j++;
            }
            else if (char.IsWhiteSpace(source[i]))
            {
                _map[i++] = j;
            }
            else if (j < stored.Length && char.IsWhiteSpace(stored[j]))
            {
                j++;
            }
            else
            {
                var anchor = source.AsSpan(i, Math.Min(Anchor, source.Length - i));
                var found = j < stored.Length ? stored.AsSpan(j, Math.Min(Window, stored.Length - j)).IndexOf(anchor, StringComparison.Ordinal) : -1;
                if (found > 0)
                {
                    j += found;
                }
                else
                {
                    _map[i++] = j;
                }
            }
        }

        _map[source.Length] = j;
    }

    /// <summary>Whether the two texts are identical (every position maps to itself).</summary>
    public static bool Same(string source, string stored) => string.Equals(source, stored, StringComparison.Ordinal);

    /// <summary>The stored position of source position <paramref name="position"/> (0 … source length).</summary>
    public int Map(int position) => _map[position];
}
