using System.Net;
using System.Text;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one standalone HTML file: an embedded print-friendly stylesheet,
/// figures as inline SVG, no scripts and no external references. Every text is HTML-escaped.
/// </summary>
public static partial class HtmlDocumentWriter
{
    /// <summary>The HTML text.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(document.Title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("</style>\n</head>\n<body>\n<main>\n");
        var tables = 0;
        var figures = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    var level = Math.Clamp(heading.Level, 1, 6);
                    html.Append("<h").Append(level).Append('>').Append(Inlines(heading.Content)).Append("</h").Append(level).Append(">\n");
                    break;
                case DocumentParagraph paragraph:
                    html.Append("<p>").Append(Inlines(paragraph.Content)).Append("</p>\n");
                    break;
                case DocumentQuote quote:
                    html.Append("<blockquote>\n").Append(string.Concat(quote.Paragraphs.Select(p => "<p>" + Inlines(p) + "</p>\n"))).Append("</blockquote>\n");
                    break;
                case DocumentList list:
                    var tag = list.Ordered ? "ol" : "ul";
                    html.Append('<').Append(tag).Append(">\n").Append(string.Concat(list.Items.Select(i => "<li>" + Inlines(i) + "</li>\n"))).Append("</").Append(tag).Append(">\n");
                    break;
                case DocumentTable table:
                    Table(table, ++tables, html);
                    break;
                case DocumentFigure figure:
                    html.Append("<figure id=\"figure-").Append(++figures).Append("\">\n")
                        .Append(InlineSvg.Sanitise(figure.Image.Svg, figure.Image.AltText)).Append('\n')
                        .Append("<figcaption>").Append(Escape(figure.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                default:
                    throw new NotSupportedException($"No HTML for {block.GetType().Name}.");
            }
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Writes the HTML file.</summary>
    public static void Write(ReportDocument document, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Render(document));
    }

    private static void Table(DocumentTable table, int number, StringBuilder html)
    {
        html.Append("<table id=\"table-").Append(number).Append("\">\n");
        if (table.Caption is not null)
        {
            html.Append("<caption>").Append(Escape(table.Caption)).Append("</caption>\n");
        }

        html.Append("<thead>\n<tr>").Append(string.Concat(table.Header.Select(c => "<th scope=\"col\">" + Inlines(c) + "</th>"))).Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>").Append(string.Concat(row.Select(c => "<td>" + Inlines(c) + "</td>"))).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Inlines(IEnumerable<DocumentInline> inlines) => string.Concat(inlines.Select(Inline));

    private static string Inline(DocumentInline inline) => inline switch
    {
        InlineText t => Escape(t.Text),
        InlineEmphasis e => "<em>" + Escape(e.Text) + "</em>",
        InlineStrong s => "<strong>" + Escape(s.Text) + "</strong>",
        InlineCode c => "<code>" + Escape(c.Text) + "</code>",
        InlineBreak => "<br>",
        AuthorMarker m => "<mark class=\"author\">" + Escape(m.Display) + "</mark>",
        _ => string.Empty,
    };

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
