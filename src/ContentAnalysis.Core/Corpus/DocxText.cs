using System.IO.Compression;
using System.Text;
using System.Xml;
using ContentAnalysis.Core.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Turns a Word document (<c>.docx</c>) into the Markdown the importer cuts: one block per paragraph,
/// paragraphs with a heading style (or an outline level) as <c>#</c> headings, table cells paragraph by
/// paragraph. Deleted tracked changes, field codes, footnote and endnote references, drawings and text
/// boxes are left out. The title and author come from the document's core properties.
/// </summary>
internal static class DocxText
{
    /// <summary>
    /// The largest XML part read, in characters (64 M, about 50 MB of text). A compressed part that
    /// expands beyond it (a "zip bomb") is refused instead of filling memory.
    /// </summary>
    public const long DefaultMaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="bytes"/> as a Word document.</summary>
    /// <exception cref="InputException">The file is not a readable Word document or a part is too large.</exception>
    public static (IReadOnlyDictionary<string, string> Fields, string Markdown) Read(byte[] bytes, string display, long maxCharactersInPart = DefaultMaxCharactersInPart)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            if (HasOversizedXmlPart(stream, maxCharactersInPart))
            {
                throw new InputException(CorpusDiagnostics.DocxTooLarge(display, maxCharactersInPart));
            }

            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = maxCharactersInPart });
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var properties = document.PackageProperties;
            if (!string.IsNullOrWhiteSpace(properties.Title))
            {
                fields["title"] = properties.Title.Trim();
            }

            if (!string.IsNullOrWhiteSpace(properties.Creator))
            {
                fields["author"] = properties.Creator.Trim();
            }

            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new InputException(CorpusDiagnostics.DocxWithoutBody(display));
            var headings = new HeadingStyles(main.StyleDefinitionsPart?.Styles);
            var markdown = new StringBuilder();
            WriteBlocks(body, headings, markdown);
            return (fields, markdown.ToString());
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            // Sizes were checked above, so the reader's own limit trips only on a part whose declared size lies.
            throw new InputException(CorpusDiagnostics.DocxUnreadable(display));
        }
    }

    // The ZIP directory declares each XML part's uncompressed size: a part over the limit is refused before it is
    // inflated. The size is in bytes, at least the part's characters in UTF-8, so only a part of mostly non-ASCII
    // text can be refused a little before its characters reach the limit.
    private static bool HasOversizedXmlPart(MemoryStream stream, long maxCharactersInPart)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Any(e => e.Length > maxCharactersInPart && IsXmlPart(e.FullName)))
            {
                return true;
            }
        }

        stream.Position = 0;
        return false;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void WriteBlocks(OpenXmlElement container, HeadingStyles headings, StringBuilder markdown)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph, headings, markdown);
                    break;
                case Table or TableRow or TableCell or SdtBlock or SdtContentBlock or SdtRow or SdtContentRow or SdtCell or SdtContentCell or CustomXmlBlock or CustomXmlRow or CustomXmlCell:
                    WriteBlocks(child, headings, markdown);
                    break;
                default:
                    break;
            }
        }
    }

    private static void WriteParagraph(Paragraph paragraph, HeadingStyles headings, StringBuilder markdown)
    {
        var text = new StringBuilder();
        AppendText(paragraph, text);
        var line = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (line.Length == 0)
        {
            return;
        }

        if (markdown.Length > 0)
        {
            markdown.Append("\n\n");
        }

        if (headings.IsHeading(paragraph.ParagraphProperties))
        {
            markdown.Append("# ");
        }

        markdown.Append(line);
    }

    private static void AppendText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedText or FieldCode or DeletedFieldCode or Drawing or Picture or EmbeddedObject or AlternateContent
                    or FootnoteReference or EndnoteReference or CommentReference or ParagraphProperties or RunProperties:
                    break;
                default:
                    AppendText(child, text);
                    break;
            }
        }
    }

    /// <summary>Which paragraph styles are headings: built-in "heading N" and "Title", or any style with an outline level.</summary>
    private sealed class HeadingStyles
    {
        private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

        public HeadingStyles(Styles? styles)
        {
            foreach (var style in styles?.Elements<Style>() ?? [])
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styles.TryAdd(id, style);
                }
            }
        }

        public bool IsHeading(ParagraphProperties? properties)
        {
            if (properties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < 9;
            }

            var id = properties?.ParagraphStyleId?.Val?.Value;
            for (var depth = 0; id is not null && depth < 10; depth++)
            {
                if (!_styles.TryGetValue(id, out var style))
                {
                    // No styles part: fall back on the built-in ids Word writes in English.
                    return id.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || id.Equals("Title", StringComparison.OrdinalIgnoreCase);
                }

                var name = style.StyleName?.Val?.Value ?? string.Empty;
                if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } styleLevel)
                {
                    return styleLevel < 9;
                }

                id = style.BasedOn?.Val?.Value;
            }

            return false;
        }
    }
}
