namespace ContentAnalysis.Core.Tests.Corpus.Reference;

/// <summary>
/// <c>SentenceSplitter</c> as it was before the import speed-up (commit 5ab73d6): the reference the faster
/// implementation must match on random input.
/// </summary>
internal static class ReferenceSentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "maj", "capt", "sgt", "adm",
        "sen", "rep", "gov", "pres", "amb", "rev", "hon", "mt", "no", "nos", "vol", "vols", "pp", "p", "ch",
        "art", "sec", "para", "fig", "ed", "eds", "cf", "vs", "viz", "approx", "ca", "al", "inc", "ltd", "co", "corp",
        "th", "ph", "wm", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "op", "ibid",
    };

    /// <summary>The sentences of <paramref name="text"/> as (start, length) spans, trimmed of white space.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A line break inside a block separates list items: always a boundary.
                Add(spans, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
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

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }

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

            i = end - 1;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool StartsSentence(string text, int index)
    {
        var c = text[index];
        if (c is '"' or '“' or '‘' or '«' or '(' or '\'' && index + 1 < text.Length)
        {
            c = text[index + 1];
        }

        return char.IsUpper(c) || char.IsDigit(c);
    }

    /// <summary>Whether the single point at <paramref name="point"/> closes an abbreviation, initial or acronym.</summary>
    private static bool IsAbbreviationPoint(string text, int sentenceStart, int point, int end)
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

        if (word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length == 1 && char.IsLetter(part[0])))
        {
            return true; // a dotted acronym: "U.S.", "e.g."
        }

        return Abbreviations.Contains(word);
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> is only a list or footnote marker
    /// (<c>1.</c>, <c>12)</c>, <c>[3]</c>, <c>•</c>): a marker is no sentence, it belongs to the one it opens.
    /// </summary>
    private static bool IsMarkerOnly(string text, int start, int end)
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

    private static void Add(List<(int Start, int Length)> spans, string text, int start, int end)
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
