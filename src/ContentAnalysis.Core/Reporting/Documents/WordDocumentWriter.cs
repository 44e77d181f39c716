using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document that a journal's template can restyle: headings use
/// Word's built-in Heading 1–6 styles, captions the Caption style, tables mark their first row as a header row,
/// and figures are embedded PNGs with their text alternative as the image description.
/// </summary>
public static partial class WordDocumentWriter
{
    /// <summary>Writes the document to <paramref name="stream"/>.</summary>
    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        var body = new Body();
        var figures = 0U;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    body.Append(Paragraph("Heading" + Math.Clamp(heading.Level, 1, 6), heading.Content));
                    break;
                case DocumentParagraph paragraph:
                    body.Append(Paragraph(null, paragraph.Content));
                    break;
                case DocumentQuote quote:
                    body.Append(quote.Paragraphs.Select(p => Paragraph("Quote", p)));
                    break;
                case DocumentList list:
                    body.Append(list.Items.Select((item, i) =>
                        Paragraph("ListParagraph", [new InlineText(list.Ordered ? $"{i + 1}.\t" : "•\t"), .. item])));
                    break;
                case DocumentTable table:
                    if (table.Caption is not null)
                    {
                        body.Append(Paragraph("Caption", [new InlineText(table.Caption)]));
                    }

                    body.Append(Table(table));
                    break;
                case DocumentFigure figure:
                    body.Append(Figure(main, figure, ++figures));
                    body.Append(Paragraph("Caption", [new InlineText(figure.Caption)]));
                    break;
                default:
                    throw new NotSupportedException($"No Word for {block.GetType().Name}.");
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
        main.Document = new Document(body);
        package.PackageProperties.Title = document.Title;
    }

    /// <summary>Writes the document to the file <paramref name="path"/>.</summary>
    public static void Write(ReportDocument document, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        Write(document, stream);
    }

    private static Paragraph Paragraph(string? style, IEnumerable<DocumentInline> inlines)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(inlines.SelectMany(Runs));
        return paragraph;
    }

    private static IEnumerable<Run> Runs(DocumentInline inline)
    {
        RunProperties? properties = inline switch
        {
            InlineEmphasis => new RunProperties(new Italic()),
            InlineStrong => new RunProperties(new Bold()),
            InlineCode => new RunProperties(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New" }),
            AuthorMarker => new RunProperties(new Bold(), new Highlight { Val = HighlightColorValues.Yellow }),
            _ => null,
        };
        if (inline is InlineBreak)
        {
            yield return new Run(new Break());
            yield break;
        }

        var text = DocumentInline.PlainText([inline]);
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        yield return run;
    }

    private static Table Table(DocumentTable source)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" },
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(source.Header.Select(_ => new GridColumn())));
        table.Append(Row(source.Header, header: true));
        table.Append(source.Rows.Select(r => Row(r, header: false)));
        return table;
    }

    private static TableRow Row(IReadOnlyList<IReadOnlyList<DocumentInline>> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        row.Append(cells.Select(c => new TableCell(Paragraph(header ? "TableHeading" : "TableText", c))));
        return row;
    }
}
