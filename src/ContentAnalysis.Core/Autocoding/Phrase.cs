using System.Text;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// A keyword (or negator) split into words: <c>*</c> right after a word lets it end in any word characters
/// (<c>mediat*</c>), and what stands between two words must stand between them in the text, with any run of
/// whitespace (line breaks included) matching any other and ’ matching '. Leading and trailing punctuation is dropped.
/// </summary>
/// <param name="Words">The words as written.</param>
/// <param name="Wildcard">Per word: whether it matches any word beginning with it.</param>
/// <param name="Separators">What stands between word k and k + 1, normalised (<see cref="NormaliseSeparator"/>).</param>
internal sealed record Phrase(string[] Words, bool[] Wildcard, string[] Separators)
{
    /// <summary>Splits <paramref name="keyword"/>, or returns null when it has no word character.</summary>
    public static Phrase? Parse(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var words = new List<string>();
        var wildcard = new List<bool>();
        var separators = new List<string>();
        var i = 0;
        var pending = new StringBuilder();
        while (i < keyword.Length)
        {
            if (!WordTokens.IsWordChar(keyword[i]))
            {
                pending.Append(keyword[i++]);
                continue;
            }

            var start = i;
            while (i < keyword.Length && WordTokens.IsWordChar(keyword[i]))
            {
                i++;
            }

            if (words.Count > 0)
            {
                separators.Add(NormaliseSeparator(pending.ToString()));
            }

            pending.Clear();
            words.Add(keyword[start..i]);
            var star = i < keyword.Length && keyword[i] == '*';
            wildcard.Add(star);
            if (star)
            {
                i++;
            }
        }

        return words.Count == 0 ? null : new Phrase([.. words], [.. wildcard], [.. separators]);
    }

    /// <summary>Whitespace runs become one space and ’ ‘ become '.</summary>
    public static string NormaliseSeparator(ReadOnlySpan<char> separator)
    {
        var text = new StringBuilder(separator.Length);
        var inSpace = false;
        foreach (var c in separator)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    text.Append(' ');
                }

                inSpace = true;
                continue;
            }

            inSpace = false;
            text.Append(c is '\u2019' or '\u2018' ? '\'' : c);
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="text"/> normalises to <paramref name="separator"/>, without allocating.</summary>
    public static bool SeparatorMatches(ReadOnlySpan<char> text, string separator)
    {
        var k = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (k >= separator.Length || separator[k] != ' ')
                {
                    return false;
                }

                k++;
                continue;
            }

            var normal = c is '\u2019' or '\u2018' ? '\'' : c;
            if (k >= separator.Length || separator[k] != normal)
            {
                return false;
            }

            k++;
            i++;
        }

        return k == separator.Length;
    }
}
