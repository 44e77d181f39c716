using System.Buffers;
using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Turns one Markdown block into plain text: headings, emphasis, links, inline code, bullets and quotes.</summary>
internal static partial class MarkdownText
{
    // Each inline pattern needs one of these characters; a text without any has nothing to strip.
    private static readonly SearchValues<char> InlineMarks = SearchValues.Create("![<`*_~");

    /// <summary>
    /// False when <see cref="StripLine"/> would return <paramref name="line"/> unchanged and not a list item: after at
    /// most three white-space characters comes no bullet, digit or quote mark.
    /// </summary>
    public static bool MayStartWithLineMarkup(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < 3 && i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        // The patterns' \s is char.IsWhiteSpace and their \d char.IsDigit (any Unicode decimal digit).
        return i < line.Length && (line[i] is '-' or '*' or '+' or '>' or '|' || char.IsDigit(line[i]));
    }

    /// <summary>False when <see cref="StripInline"/> would return <paramref name="text"/> unchanged.</summary>
    public static bool MayHaveInlineMarkup(ReadOnlySpan<char> text) => text.ContainsAny(InlineMarks);

    /// <summary>If <paramref name="block"/> is an ATX heading (<c># Title</c>), returns its text; else null.</summary>
    public static string? Heading(string block)
    {
        var match = HeadingLine().Match(block);
        return match.Success && !block.Contains('\n', StringComparison.Ordinal) ? StripInline(match.Groups[1].Value.Trim()) : null;
    }

    /// <summary>
    /// Strips line-level markup (bullets, quote marks) from one line. A pipe-table row (<c>| a | b |</c>) becomes its
    /// cells joined by <c>; </c> on a line of its own; the delimiter row (<c>|---|:--:|</c>) becomes empty.
    /// </summary>
    public static string StripLine(string line, out bool isListItem)
    {
        if (line.TrimStart().StartsWith('|') && line.Length - line.TrimStart().Length <= 3)
        {
            isListItem = true;
            if (TableDelimiterRow().IsMatch(line))
            {
                return string.Empty;
            }

            var inner = line.Trim()[1..];
            inner = inner.EndsWith('|') ? inner[..^1] : inner;
            return string.Join("; ", inner.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0));
        }

        var bullet = ListBullet().Match(line);
        isListItem = bullet.Success;
        if (bullet.Success)
        {
            line = line[bullet.Length..];
        }

        return QuoteMark().Replace(line, string.Empty);
    }

    /// <summary>Strips inline markup: images and links keep their text, emphasis and code marks go.</summary>
    public static string StripInline(string text)
    {
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = AutoLink().Replace(text, "$1");
        text = InlineCode().Replace(text, "$1");
        text = Strikethrough().Replace(text, "$1");
        text = StrongOrEmphasis().Replace(text, "$2");
        return UnderscoreEmphasis().Replace(text, "$2");
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"^\s{0,3}\|(?:\s*:?-+:?\s*\|)+\s*$")]
    private static partial Regex TableDelimiterRow();

    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~")]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(\*{1,3})(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex StrongOrEmphasis();

    // Underscores only at word boundaries, so snake_case words survive.
    [GeneratedRegex(@"(?<![\p{L}\d])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\p{L}\d])")]
    private static partial Regex UnderscoreEmphasis();
}
