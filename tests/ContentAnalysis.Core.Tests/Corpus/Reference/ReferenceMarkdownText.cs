using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Tests.Corpus.Reference;

/// <summary>
/// <c>MarkdownText</c> as it was before the import speed-up (commit 5ab73d6): the reference the faster
/// implementation must match on random input.
/// </summary>
internal static partial class ReferenceMarkdownText
{
    /// <summary>If <paramref name="block"/> is an ATX heading (<c># Title</c>), returns its text; else null.</summary>
    public static string? Heading(string block)
    {
        var match = HeadingLine().Match(block);
        return match.Success && !block.Contains('\n', StringComparison.Ordinal) ? StripInline(match.Groups[1].Value.Trim()) : null;
    }

    /// <summary>Strips line-level markup (bullets, quote marks) from one line.</summary>
    public static string StripLine(string line, out bool isListItem)
    {
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
        text = StrongOrEmphasis().Replace(text, "$2");
        return UnderscoreEmphasis().Replace(text, "$2");
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListBullet();

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
