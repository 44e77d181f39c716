using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Reads a Markdown body with Markdig into plain-text blocks: headings (ATX and setext) on their own, paragraphs with
/// their lines joined, list items and table rows (cells joined by <c>; </c>) on lines of their own, fenced and indented
/// code kept line by line, HTML comments, thematic breaks and link definitions left out, escapes and entities
/// resolved. Blocks not separated by a blank line in the source stay one block (a paragraph and the list it
/// introduces), except that a heading is always a block of its own.
/// </summary>
internal static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <summary>The blocks of <paramref name="body"/> in order; a block's lines are separated by <c>\n</c>.</summary>
    public static List<(bool IsHeading, string Text)> Read(string body) => Read(body, out _);

    /// <summary>
    /// <see cref="Read(string)"/>, and whether a code fence or an HTML block (a comment, <c>&lt;script&gt;</c>, …) is
    /// still open where <paramref name="body"/> ends (only those go on past a blank line and a line at column 0).
    /// </summary>
    public static List<(bool IsHeading, string Text)> Read(string body, out bool endsOpen)
    {
        var document = Markdown.Parse(body, Pipeline);
        endsOpen = EndsOpen(document, body);
        var pieces = new List<Piece>();
        foreach (var block in document)
        {
            Collect(block, pieces);
        }

        var blocks = new List<(bool IsHeading, string Text)>();
        Piece? previous = null;
        foreach (var piece in pieces)
        {
            var joins = previous is { IsHeading: false } && !piece.IsHeading && blocks.Count > 0 && !blocks[^1].IsHeading && !BlankLineBetween(body, previous.End, piece.Start);
            if (joins)
            {
                blocks[^1] = (false, blocks[^1].Text + "\n" + piece.Text);
            }
            else
            {
                blocks.Add((piece.IsHeading, piece.Text));
            }

            previous = piece;
        }

        return blocks;
    }

    // The block open at the end is the last one at every depth. A fence or an HTML block is open when a line after a
    // blank line stays inside it: its text to the end is parsed again with such a line added.
    private static bool EndsOpen(MarkdownDocument document, string body)
    {
        var last = document.LastChild;
        var deepest = last;
        while (deepest is ContainerBlock { LastChild: { } child })
        {
            deepest = child;
        }

        if (deepest is not (FencedCodeBlock or HtmlBlock))
        {
            return false;
        }

        var lineStart = last!.Span.Start <= 0 ? 0 : body.LastIndexOf('\n', last.Span.Start - 1) + 1;
        var probe = string.Concat(body.AsSpan(lineStart), "\n\nx");
        return Markdown.Parse(probe, Pipeline).LastChild is not ParagraphBlock paragraph || paragraph.Span.Start != probe.Length - 1;
    }

    private static void Collect(Block block, List<Piece> pieces)
    {
        switch (block)
        {
            case HeadingBlock heading:
                pieces.Add(new Piece(true, Inline(heading.Inline), heading.Span.Start, heading.Span.End));
                break;
            case HtmlBlock { Type: HtmlBlockType.Comment }:
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
                break;
            case CodeBlock code:
                pieces.Add(new Piece(false, string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString())), code.Span.Start, code.Span.End));
                break;
            case Table table:
                pieces.Add(new Piece(false, string.Join('\n', table.OfType<TableRow>().Select(Row).Where(r => r.Length > 0)), table.Span.Start, table.Span.End));
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    pieces.Add(new Piece(false, string.Join('\n', Lines(item)), item.Span.Start, item.Span.End));
                }

                break;
            case LeafBlock leaf:
                pieces.Add(new Piece(false, leaf.Inline is null ? string.Join(' ', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString())) : Inline(leaf.Inline), leaf.Span.Start, leaf.Span.End));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, pieces);
                }

                break;
        }
    }

    // A list item: its paragraphs on one line, nested items on lines of their own.
    private static IEnumerable<string> Lines(ContainerBlock container)
    {
        var line = new List<string>();
        foreach (var child in container)
        {
            if (child is ListBlock nested)
            {
                if (line.Count > 0)
                {
                    yield return string.Join(' ', line);
                    line.Clear();
                }

                foreach (var item in nested.OfType<ListItemBlock>())
                {
                    foreach (var inner in Lines(item))
                    {
                        yield return inner;
                    }
                }
            }
            else
            {
                var pieces = new List<Piece>();
                Collect(child, pieces);
                line.AddRange(pieces.Select(p => p.Text));
            }
        }

        if (line.Count > 0)
        {
            yield return string.Join(' ', line);
        }
    }

    private static string Row(TableRow row) =>
        string.Join("; ", row.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<LeafBlock>().Select(l => l.Inline is null ? string.Empty : Inline(l.Inline)))).Select(c => c.Trim()).Where(c => c.Length > 0));

    private static string Inline(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline:
                    break;
                case ContainerInline inner:
                    Append(inner, text);
                    break;
            }
        }
    }

    // Whether the source between two blocks holds an empty line.
    private static bool BlankLineBetween(string body, int previousEnd, int nextStart)
    {
        // A block's span may take in the blank lines after it.
        previousEnd = Math.Min(previousEnd, body.Length - 1);
        while (previousEnd > 0 && char.IsWhiteSpace(body[previousEnd]))
        {
            previousEnd--;
        }

        var newlines = 0;
        for (var i = Math.Max(0, previousEnd + 1); i < nextStart && i < body.Length; i++)
        {
            if (body[i] == '\n')
            {
                if (++newlines >= 2)
                {
                    return true;
                }
            }
            else if (!char.IsWhiteSpace(body[i]) && body[i] != '>')
            {
                newlines = 0;
            }
        }

        return false;
    }

    private sealed record Piece(bool IsHeading, string Text, int Start, int End);
}
