using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Reads the Markdown a report template renders into a <see cref="ReportDocument"/>, through Markdig's syntax tree.
/// Raw HTML is never passed through (it stays text); <c>![caption](figure:ID)</c> alone in a paragraph places a
/// figure; a paragraph <c>Table: caption</c> right before a pipe table is its caption; <c>[[author: what]]</c>
/// is a "to be completed by the author" marker.
/// </summary>
public static partial class MarkdownReportReader
{
    private const string FigureScheme = "figure:";
    private const string TableCaptionPrefix = "Table:";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>Parses <paramref name="markdown"/>; figures are looked up by id in <paramref name="figures"/>.</summary>
    /// <exception cref="ArgumentException">A figure id is not in <paramref name="figures"/> (a programming error: the report model names its figures).</exception>
    public static ReportDocument Read(string markdown, IReadOnlyDictionary<string, DocumentImage>? figures = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        figures ??= new Dictionary<string, DocumentImage>();
        var parsed = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<DocumentBlock>();
        string? pendingCaption = null;
        foreach (var block in parsed)
        {
            if (pendingCaption is not null && block is not Table)
            {
                blocks.Add(new DocumentParagraph([new InlineText(pendingCaption)]));
                pendingCaption = null;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new DocumentHeading(heading.Level, Inlines(heading.Inline)));
                    break;
                case ParagraphBlock paragraph when Figure(paragraph, figures) is { } figure:
                    blocks.Add(figure);
                    break;
                case ParagraphBlock paragraph:
                    var content = Inlines(paragraph.Inline);
                    var text = DocumentInline.PlainText(content);
                    if (text.StartsWith(TableCaptionPrefix, StringComparison.Ordinal))
                    {
                        pendingCaption = text[TableCaptionPrefix.Length..].Trim();
                    }
                    else
                    {
                        blocks.Add(new DocumentParagraph(content));
                    }

                    break;
                case Table table:
                    blocks.Add(ReadTable(table, pendingCaption));
                    pendingCaption = null;
                    break;
                case ListBlock list:
                    blocks.Add(new DocumentList(list.IsOrdered, [.. list.OfType<ListItemBlock>().Select(ItemInlines)]));
                    break;
                case QuoteBlock quote:
                    blocks.Add(new DocumentQuote([.. quote.OfType<ParagraphBlock>().Select(p => Inlines(p.Inline))]));
                    break;
                case LeafBlock { Inline: null } leaf when leaf.Lines.Count > 0:
                    blocks.Add(new DocumentParagraph([new InlineCode(leaf.Lines.ToString())]));
                    break;
                default:
                    break;
            }
        }

        if (pendingCaption is not null)
        {
            blocks.Add(new DocumentParagraph([new InlineText(TableCaptionPrefix + " " + pendingCaption)]));
        }

        return new ReportDocument(blocks);
    }

    private static DocumentFigure? Figure(ParagraphBlock paragraph, IReadOnlyDictionary<string, DocumentImage> figures)
    {
        var inlines = paragraph.Inline?.Where(i => i is not LineBreakInline && !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace())).ToList();
        if (inlines is not [LinkInline { IsImage: true } image] || image.Url?.StartsWith(FigureScheme, StringComparison.Ordinal) != true)
        {
            return null;
        }

        var id = image.Url[FigureScheme.Length..];
        if (!figures.TryGetValue(id, out var figure))
        {
            throw new UnknownFigureException(id);
        }

        return new DocumentFigure(id, DocumentInline.PlainText(Inlines(image)), figure);
    }

    private static DocumentTable ReadTable(Table table, string? caption)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows[0];
        var body = rows.Where(r => !ReferenceEquals(r, header));
        return new DocumentTable(caption, Cells(header), [.. body.Select(Cells)]);
    }

    private static IReadOnlyList<IReadOnlyList<DocumentInline>> Cells(TableRow row) =>
        [.. row.OfType<TableCell>().Select(c => c.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList())];

    private static IReadOnlyList<DocumentInline> ItemInlines(ListItemBlock item) =>
        [.. item.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline))];
}
