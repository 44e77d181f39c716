using System.Buffers;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or an ellipsis
/// (with any closing quotes or brackets) followed by white space and a capital letter, digit or
/// opening quote — except after a known abbreviation (<c>Dr.</c>, <c>No.</c>, <c>Nov.</c>, <c>e.g.</c>),
/// a single-letter initial (<c>V. Putin</c>) or a dotted acronym (<c>U.S.</c>). Decimals such as
/// <c>3.5</c> never split because no white space follows the point. A line break (between list items) always splits.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "maj", "capt", "sgt", "adm",
        "sen", "rep", "gov", "pres", "amb", "rev", "hon", "mt", "no", "nos", "vol", "vols", "pp", "p", "ch",
        "art", "sec", "para", "fig", "ed", "eds", "cf", "vs", "viz", "approx", "ca", "al", "inc", "ltd", "co", "corp",
        "th", "ph", "wm", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "op", "ibid",
    };

    // Looks words up by span, so a candidate abbreviation is not copied into a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> LineBreakOrStop = SearchValues.Create("\n.!?…");

    /// <summary>The sentences of <paramref name="text"/> as (start, length) spans, trimmed of white space.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int Length)>();
        Split(text, spans);
        return spans;
    }

    /// <summary>Adds the sentences of <paramref name="text"/> to <paramref name="spans"/> as (start, length), trimmed of white space.</summary>
    public static void Split(ReadOnlySpan<char> text, List<(int Start, int Length)> spans)
    {
        var start = 0;
        var i = 0;
        while (true)
        {
            var found = text[i..].IndexOfAny(LineBreakOrStop);
            if (found < 0)
            {
                break;
            }

            i += found;
            if (text[i] == '\n')
            {
                // A line break inside a block separates list items: always a boundary.
                Add(spans, text, start, i);
                start = i + 1;
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or '»' or ')' or ']')
            {
                end++;
            }

            if (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                var next = end;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < text.Length && StartsSentence(text, next) && !IsAbbreviationPoint(text, start, i, end) && !IsMarkerOnly(text, start, end))
                {
                    Add(spans, text, start, end);
                    start = next;
                }
            }

            i = end;
        }

        Add(spans, text, start, text.Length);
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c is '"' or '“' or '‘' or '«' or '(' or '\'' && index + 1 < text.Length)
        {
            c = text[index + 1];
        }

        return char.IsUpper(c) || char.IsDigit(c);
    }

    /// <summary>Whether the single point at <paramref name="point"/> closes an abbreviation, initial or acronym.</summary>
    private static bool IsAbbreviationPoint(ReadOnlySpan<char> text, int sentenceStart, int point, int end)
    {
        if (text[point] != '.' || end - point > 1 && text[point + 1] is '.' or '…')
        {
            return false;
        }

        var wordStart = point;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..point];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "V. Putin"
        }

        if (word.Contains('.') && IsDottedAcronym(word))
        {
            return true; // a dotted acronym: "U.S.", "e.g."
        }

        return AbbreviationsBySpan.Contains(word);
    }

    /// <summary>Whether every part between points is one letter.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        while (true)
        {
            var point = word.IndexOf('.');
            var part = point < 0 ? word : word[..point];
            if (part.Length != 1 || !char.IsLetter(part[0]))
            {
                return false;
            }

            if (point < 0)
            {
                return true;
            }

            word = word[(point + 1)..];
        }
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> is only a list or footnote marker
    /// (<c>1.</c>, <c>12)</c>, <c>[3]</c>, <c>•</c>): a marker is no sentence, it belongs to the one it opens.
    /// </summary>
    private static bool IsMarkerOnly(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start == 1 && text[start] is '•' or '·' or '▪' or '–' or '-' or '*')
        {
            return true;
        }

        if (end - start >= 3 && text[start] is '[' or '(' && text[end - 1] is ']' or ')')
        {
            start++;
            end--;
        }
        else if (end - start >= 2 && text[end - 1] is '.' or ')')
        {
            end--;
        }

        var digits = 0;
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }

            digits++;
        }

        return digits is >= 1 and <= 3;
    }

    private static void Add(List<(int Start, int Length)> spans, ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }
}
