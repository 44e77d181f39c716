using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Normalises raw document text before it is cut into units: LF line ends, Unicode NFC, page
/// furniture removed, words hyphenated across line breaks joined, footnote markers removed.
/// </summary>
internal static partial class TextNormalizer
{
    /// <summary>CRLF and CR to LF, then NFC.</summary>
    public static string NormalizeLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);

    /// <summary>Removes page furniture, joins hyphenated words and drops footnote markers.</summary>
    public static string Clean(string text)
    {
        var cleaned = Clean(text, out var buffer);
        using (buffer)
        {
            return cleaned.ToString();
        }
    }

    /// <summary>
    /// <see cref="Clean(string)"/> without copying the result into a string when it is still in a pooled buffer:
    /// the span is valid until the caller disposes <paramref name="buffer"/> (null when not needed).
    /// </summary>
    public static ReadOnlySpan<char> Clean(string text, out TextBuffer? buffer)
    {
        text = PageFurniture.Remove(text);
        buffer = JoinHyphenation(text, out var joined);
        if (!FootnoteMarker().IsMatch(joined))
        {
            return joined;
        }

        var result = RemoveFootnoteMarkers(joined.ToString());
        buffer?.Dispose();
        buffer = null;
        return result;
    }

    /// <summary>
    /// <see cref="Clean(string, out TextBuffer?)"/> without the page furniture for one block (text between blank-line
    /// separators): hyphen breaks and footnote markers never reach across a blank line, so cleaning block by block
    /// gives the blocks of cleaning the whole. Dispose <paramref name="first"/> and <paramref name="second"/> after
    /// using the span.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> CleanBlock(ReadOnlySpan<char> block, out TextBuffer? first, out TextBuffer? second)
    {
        first = null;
        second = null;
        var joined = block;
        if (block.Contains('-') && block.Contains('\n'))
        {
            first = JoinBreaks(block, keepHyphen: false);
            second = JoinBreaks(first is null ? block : first.Slice(0), keepHyphen: true);
            var result = second ?? first;
            joined = result is null ? block : result.Slice(0);
        }

        return FootnoteMarker().IsMatch(joined) ? FootnoteMarker().Replace(joined.ToString(), string.Empty) : joined;
    }

    /// <summary>
    /// A hyphen at a line end followed by a lower-case letter is a word break and is removed
    /// (<c>inter-\nnational</c> → <c>international</c>); before anything else the hyphen is real and
    /// only the line break goes (<c>Nagorno-\nKarabakh</c> → <c>Nagorno-Karabakh</c>).
    /// </summary>
    public static string JoinHyphenation(string text)
    {
        using var buffer = JoinHyphenation(text, out var joined);
        return buffer is null ? text : joined.ToString();
    }

    /// <summary>Joins hyphenated words into a pooled buffer, or returns null when there are none and <paramref name="joined"/> is the text.</summary>
    private static TextBuffer? JoinHyphenation(string text, out ReadOnlySpan<char> joined)
    {
        // Two passes, as the regexes (\p{L})-[ \t]*\n[ \t]*(\p{Ll}) → "$1$2" and then
        // (\p{L})-[ \t]*\n[ \t]*([\p{Lu}\p{Lt}\d]) → "$1-$2" did; a hand loop finds the same matches faster.
        var soft = JoinBreaks(text, keepHyphen: false);
        var hard = JoinBreaks(soft is null ? text : soft.Slice(0), keepHyphen: true);
        if (hard is not null)
        {
            soft?.Dispose();
        }

        var result = hard ?? soft;
        joined = result is null ? text : result.Slice(0);
        return result;
    }

    /// <summary>Removes <c>[12]</c> and superscript digits glued to the end of a word or punctuation.</summary>
    public static string RemoveFootnoteMarkers(string text) => FootnoteMarker().Replace(text, string.Empty);

    /// <summary>
    /// Replaces each leftmost, non-overlapping <c>letter - blanks LF blanks next</c> by the letter, the hyphen if
    /// <paramref name="keepHyphen"/>, and the next character, which must be lower case (soft break) or upper case,
    /// title case or a digit (hard break). Returns null when nothing matches.
    /// </summary>
    private static TextBuffer? JoinBreaks(ReadOnlySpan<char> text, bool keepHyphen)
    {
        TextBuffer? result = null;
        var copied = 0;
        for (var hyphen = text.IndexOf('-'); hyphen >= 0; hyphen = NextHyphen(text, hyphen))
        {
            // The letter must lie after the previous match, as a regex scan resumes at the end of a match.
            var letter = hyphen - 1;
            if (letter < copied || !IsLetter(text[letter]))
            {
                continue;
            }

            var next = SkipBlanks(text, hyphen + 1);
            if (next == text.Length || text[next] != '\n')
            {
                continue;
            }

            next = SkipBlanks(text, next + 1);
            if (next == text.Length || !(keepHyphen ? StartsWordAfterRealHyphen(text[next]) : char.GetUnicodeCategory(text[next]) == UnicodeCategory.LowercaseLetter))
            {
                continue;
            }

            result ??= new TextBuffer(text.Length);
            result.Append(text[copied..hyphen]);
            if (keepHyphen)
            {
                result.Append('-');
            }

            result.Append(text[next]);
            copied = next + 1;
            hyphen = next;
        }

        result?.Append(text[copied..]);
        return result;
    }

    private static int NextHyphen(ReadOnlySpan<char> text, int hyphen)
    {
        var found = text[(hyphen + 1)..].IndexOf('-');
        return found < 0 ? -1 : hyphen + 1 + found;
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    // The regex classes \p{L} and [\p{Lu}\p{Lt}\d] by Unicode category of one UTF-16 unit, as the regex tests them.
    private static bool IsLetter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    private static bool StartsWordAfterRealHyphen(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.DecimalDigitNumber;

    // A bracketed number not followed by "(" (a Markdown link) or ":" (a footnote definition).
    [GeneratedRegex(@"(?<=[\p{L}\p{P}])(?:\[\d{1,3}\](?![(:])|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)")]
    private static partial Regex FootnoteMarker();
}
