using System.Text;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as CommonMark with pipe tables; each figure becomes an image link to a PNG
/// written beside the Markdown file (<c>NAME-ID.png</c>, with <c>NAME-ID.svg</c> for print).
/// </summary>
public static class MarkdownDocumentWriter
{
    /// <summary>The Markdown text and the figure files it links to, named after <paramref name="fileStem"/>.</summary>
    public static (string Markdown, IReadOnlyList<(string FileName, byte[] Content)> Files) Render(ReportDocument document, string fileStem)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(fileStem);
        var text = new StringBuilder();
        var files = new List<(string, byte[])>();
        foreach (var block in document.Blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            switch (block)
            {
                case DocumentHeading heading:
                    text.Append('#', heading.Level).Append(' ').Append(Inlines(heading.Content)).Append('\n');
                    break;
                case DocumentParagraph paragraph:
                    text.Append(Inlines(paragraph.Content)).Append('\n');
                    break;
                case DocumentQuote quote:
                    text.Append(string.Join("\n>\n", quote.Paragraphs.Select(p => "> " + Inlines(p)))).Append('\n');
                    break;
                case DocumentList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        text.Append(list.Ordered ? $"{i + 1}. " : "- ").Append(Inlines(list.Items[i])).Append('\n');
                    }

                    break;
                case DocumentTable table:
                    Table(table, text);
                    break;
                case DocumentFigure figure:
                    var png = $"{fileStem}-{figure.Id}.png";
                    files.Add((png, [.. figure.Image.Png]));
                    files.Add(($"{fileStem}-{figure.Id}.svg", Encoding.UTF8.GetBytes(figure.Image.Svg)));
                    text.Append("![").Append(MarkdownEscape.Text(figure.Image.AltText)).Append("](").Append(png).Append(")\n\n")
                        .Append('*').Append(MarkdownEscape.Text(figure.Caption)).Append("*\n");
                    break;
                default:
                    throw new NotSupportedException($"No Markdown for {block.GetType().Name}.");
            }
        }

        return (text.ToString(), files);
    }

    /// <summary>Writes the Markdown to <paramref name="path"/> and its figure files beside it.</summary>
    public static void Write(ReportDocument document, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var (markdown, files) = Render(document, Path.GetFileNameWithoutExtension(path));
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(directory, name), content);
        }

        File.WriteAllText(path, markdown);
    }

    private static void Table(DocumentTable table, StringBuilder text)
    {
        if (table.Caption is not null)
        {
            text.Append("Table: ").Append(MarkdownEscape.Text(table.Caption)).Append("\n\n");
        }

        Row(table.Header, text);
        text.Append('|').Append(string.Concat(table.Header.Select(_ => "---|"))).Append('\n');
        foreach (var row in table.Rows)
        {
            Row(row, text);
        }
    }

    private static void Row(IReadOnlyList<IReadOnlyList<DocumentInline>> cells, StringBuilder text) =>
        text.Append("| ").Append(string.Join(" | ", cells.Select(Inlines))).Append(" |\n");

    private static string Inlines(IEnumerable<DocumentInline> inlines) => string.Concat(inlines.Select(Inline));

    private static string Inline(DocumentInline inline) => inline switch
    {
        InlineText t => MarkdownEscape.Text(t.Text),
        InlineEmphasis e => "*" + MarkdownEscape.Text(e.Text) + "*",
        InlineStrong s => "**" + MarkdownEscape.Text(s.Text) + "**",
        InlineCode c => Code(c.Text),
        InlineBreak => "\\\n",
        AuthorMarker m => "**" + MarkdownEscape.Text(m.Display) + "**",
        _ => string.Empty,
    };

    // A code span's fence is one backtick longer than the longest run inside it.
    private static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text.Replace('\n', ' ') + pad + fence;
    }
}
