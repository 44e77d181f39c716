namespace ContentAnalysis.Core.Reporting;

/// <summary>Splits a template into its tags and outputs, and their contents into tokens, keeping offsets.</summary>
internal static class TemplateTokenizer
{
    /// <summary>A <c>{{ … }}</c> output or <c>{% … %}</c> tag: whether it is a tag and its tokens.</summary>
    public readonly record struct Markup(bool IsTag, IReadOnlyList<TemplateToken> Tokens);

    /// <summary>The outputs and tags in source order; raw and comment blocks are skipped.</summary>
    public static IEnumerable<Markup> Markups(string source)
    {
        var i = 0;
        while (i < source.Length)
        {
            var open = source.IndexOf('{', i);
            if (open < 0 || open + 1 >= source.Length)
            {
                yield break;
            }

            var next = source[open + 1];
            if (next is not ('{' or '%'))
            {
                i = open + 1;
                continue;
            }

            var closer = next == '{' ? "}}" : "%}";
            var close = source.IndexOf(closer, open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                yield break;
            }

            var tokens = Tokenize(source, open + 2, close);
            i = close + 2;
            var isTag = next == '%';
            if (isTag && tokens.Count > 0 && tokens[0].Text is "raw" or "comment")
            {
                var end = source.IndexOf("end" + tokens[0].Text, i, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end;
                continue;
            }

            yield return new Markup(isTag, tokens);
        }
    }

    private static List<TemplateToken> Tokenize(string source, int start, int end)
    {
        var tokens = new List<TemplateToken>();
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c) || (c == '-' && (i == start || i == end - 1)))
            {
                i++;
            }
            else if (c is '\'' or '"')
            {
                var close = source.IndexOf(c, i + 1);
                close = close < 0 || close > end ? end : close;
                tokens.Add(new(TemplateTokenKind.String, source[(i + 1)..close], i));
                i = close + 1;
            }
            else if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(source[j]) || (source[j] == '.' && j + 1 < end && char.IsDigit(source[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new(TemplateTokenKind.Number, source[i..j], i));
                i = j;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(source[j]) || source[j] is '_' or '-' or '?'))
                {
                    j++;
                }

                while (source[j - 1] == '-')
                {
                    j--;
                }

                tokens.Add(new(TemplateTokenKind.Identifier, source[i..j], i));
                i = j;
            }
            else
            {
                var two = i + 1 < end ? source.Substring(i, 2) : string.Empty;
                var length = two is ".." or "==" or "!=" or "<=" or ">=" or "<>" ? 2 : 1;
                tokens.Add(new(TemplateTokenKind.Punctuation, source.Substring(i, length), i));
                i += length;
            }
        }

        return tokens;
    }
}
