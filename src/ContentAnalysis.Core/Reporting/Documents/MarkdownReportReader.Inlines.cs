using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace ContentAnalysis.Core.Reporting;

public static partial class MarkdownReportReader
{
    private static List<DocumentInline> Inlines(ContainerInline? container)
    {
        var result = new List<DocumentInline>();
        if (container is not null)
        {
            foreach (var inline in container)
            {
                Add(inline, result);
            }
        }

        return SplitMarkers(MergeText(result));
    }

    private static void Add(Inline inline, List<DocumentInline> result)
    {
        switch (inline)
        {
            case LiteralInline literal:
                result.Add(new InlineText(literal.Content.ToString()));
                break;
            case CodeInline code:
                result.Add(new InlineCode(code.Content));
                break;
            case EmphasisInline emphasis:
                var text = DocumentInline.PlainText(Inlines(emphasis));
                result.Add(emphasis.DelimiterCount >= 2 ? new InlineStrong(text) : new InlineEmphasis(text));
                break;
            case LineBreakInline lineBreak:
                result.Add(lineBreak.IsHard ? new InlineBreak() : new InlineText(" "));
                break;
            case HtmlEntityInline entity:
                result.Add(new InlineText(entity.Transcoded.ToString()));
                break;
            case AutolinkInline autolink:
                result.Add(new InlineText(autolink.Url));
                break;

            // Links keep their address as text: a standalone report references nothing outside itself.
            case LinkInline link:
                result.AddRange(Inlines(link));
                if (!link.IsImage && !string.IsNullOrEmpty(link.Url))
                {
                    result.Add(new InlineText($" ({link.Url})"));
                }

                break;
            case ContainerInline container:
                result.AddRange(Inlines(container));
                break;
            default:
                result.Add(new InlineText(inline.ToString() ?? string.Empty));
                break;
        }
    }

    private static List<DocumentInline> MergeText(List<DocumentInline> inlines)
    {
        var merged = new List<DocumentInline>();
        var pending = new StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is InlineText text)
            {
                pending.Append(text.Text);
                continue;
            }

            Flush();
            merged.Add(inline);
        }

        Flush();
        return merged;

        void Flush()
        {
            if (pending.Length > 0)
            {
                merged.Add(new InlineText(pending.ToString()));
                pending.Clear();
            }
        }
    }

    private static List<DocumentInline> SplitMarkers(List<DocumentInline> inlines)
    {
        var result = new List<DocumentInline>();
        foreach (var inline in inlines)
        {
            if (inline is not InlineText text || !text.Text.Contains("[[author:", StringComparison.Ordinal))
            {
                result.Add(inline);
                continue;
            }

            var last = 0;
            foreach (Match match in MarkerPattern().Matches(text.Text))
            {
                if (match.Index > last)
                {
                    result.Add(new InlineText(text.Text[last..match.Index]));
                }

                result.Add(new AuthorMarker(match.Groups[1].Value.Trim()));
                last = match.Index + match.Length;
            }

            if (last < text.Text.Length)
            {
                result.Add(new InlineText(text.Text[last..]));
            }
        }

        return result;
    }

    [GeneratedRegex(@"\[\[author:([^\]]*)\]\]")]
    private static partial Regex MarkerPattern();
}
