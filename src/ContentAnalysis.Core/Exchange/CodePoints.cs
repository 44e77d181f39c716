namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Converts between UTF-16 offsets (.NET strings) and Unicode code point offsets (REFI-QDA positions): a character
/// outside the Basic Multilingual Plane, such as an emoji, is two UTF-16 units but one code point.
/// </summary>
internal sealed class CodePoints
{
    private readonly int[] _utf16ByCodePoint;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public CodePoints(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            offsets.Add(i);
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        offsets.Add(text.Length);
        _utf16ByCodePoint = [.. offsets];
    }

    /// <summary>The number of code points.</summary>
    public int Length => _utf16ByCodePoint.Length - 1;

    /// <summary>The UTF-16 offset of code point <paramref name="codePoint"/> (0 … <see cref="Length"/>).</summary>
    public int ToUtf16(int codePoint) => _utf16ByCodePoint[codePoint];

    /// <summary>The code point offset of UTF-16 offset <paramref name="utf16"/> (rounded down inside a surrogate pair).</summary>
    public int FromUtf16(int utf16)
    {
        var index = Array.BinarySearch(_utf16ByCodePoint, utf16);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The number of code points of <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether <paramref name="text"/> has characters outside the Basic Multilingual Plane.</summary>
    public static bool HasAstral(string text) => text.EnumerateRunes().Any(r => r.Utf16SequenceLength == 2);

    /// <summary>The substring of <paramref name="text"/> between code points <paramref name="start"/> and <paramref name="end"/>.</summary>
    public string Slice(string text, int start, int end) => text[ToUtf16(start)..ToUtf16(end)];
}
