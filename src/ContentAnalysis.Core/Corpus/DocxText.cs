using System.IO.Compression;
using System.Text;
using System.Xml;
using ContentAnalysis.Core.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Reads a Word document (<c>.docx</c>) into a <see cref="StructuredDocument"/>, as Word and pandoc write them: one
/// block per paragraph; a heading style (or an outline level) makes a heading; Title, Subtitle, Author and Date
/// paragraphs become metadata and Abstract paragraphs the section "Abstract"; a table row is one block of its cells
/// joined by <c>; </c>; footnotes and endnotes become notes; tracked changes are read as accepted (insertions kept,
/// deletions and moved-away text left out); comments, field codes, drawings and text boxes are left out. The title and
/// author come from the core properties first.
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
    public static StructuredDocument Read(byte[] bytes, string display, long maxCharactersInPart = DefaultMaxCharactersInPart)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            if (HasOversizedXmlPart(stream, maxCharactersInPart))
            {
                throw new InputException(CorpusDiagnostics.DocxTooLarge(display, maxCharactersInPart));
            }

            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = maxCharactersInPart });
            var result = new StructuredDocument();
            var properties = document.PackageProperties;
            if (!string.IsNullOrWhiteSpace(properties.Title))
            {
                result.Fields["title"] = properties.Title.Trim();
            }

            if (!string.IsNullOrWhiteSpace(properties.Creator))
            {
                result.Fields["author"] = properties.Creator.Trim();
            }

            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new InputException(CorpusDiagnostics.DocxWithoutBody(display));
            var reader = new Reader(new HeadingStyles(main.StyleDefinitionsPart?.Styles), result);
            reader.WriteBlocks(body);
            reader.FinishFrontMatter();
            DocxNotes.Read(main, body, result);
            return result;
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

    /// <summary>The text of a paragraph or cell: runs in order, tracked insertions kept and deletions left out.</summary>
    internal static string TextOf(OpenXmlElement element)
    {
        var text = new StringBuilder();
        AppendText(element, text);
        return StructuredDocument.Collapse(text.ToString());
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
                case Paragraph when text.Length > 0:
                    // The paragraphs of a table cell or a note, one after the other.
                    text.Append(' ');
                    AppendText(child, text);
                    break;
                case DeletedText or DeletedRun or MoveFromRun or FieldCode or DeletedFieldCode or Drawing or Picture or EmbeddedObject or AlternateContent
                    or FootnoteReference or EndnoteReference or CommentReference or ParagraphProperties or RunProperties:
                    break;
                default:
                    AppendText(child, text);
                    break;
            }
        }
    }

    /// <summary>Body paragraphs and tables into blocks; the title-page styles into metadata.</summary>
    private sealed class Reader(HeadingStyles styles, StructuredDocument result)
    {
        private readonly List<string> _titles = [];
        private readonly List<string> _subtitles = [];
        private readonly List<string> _authors = [];
        private bool _inAbstract;

        public void WriteBlocks(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        WriteParagraph(paragraph);
                        break;
                    case Table table:
                        // A row is one unit, its cells joined by "; " as in a Markdown table.
                        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
                        {
                            var cells = row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row).Select(TextOf).Where(c => c.Length > 0);
                            EndAbstract();
                            result.AddParagraph(string.Join("; ", cells));
                        }

                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock:
                        WriteBlocks(child);
                        break;
                    default:
                        break;
                }
            }
        }

        public void FinishFrontMatter()
        {
            if (!result.Fields.ContainsKey("title") && _titles.Count > 0)
            {
                result.Fields["title"] = string.Join(" ", _titles);
            }

            if (_subtitles.Count > 0 && result.Fields.TryGetValue("title", out var title) && !title.Contains(_subtitles[0], StringComparison.Ordinal))
            {
                result.Fields["title"] = title + ": " + string.Join(" ", _subtitles);
            }

            if (!result.Fields.ContainsKey("author") && _authors.Count > 0)
            {
                result.Fields["author"] = string.Join("; ", _authors);
            }
        }

        private void WriteParagraph(Paragraph paragraph)
        {
            var line = TextOf(paragraph);
            if (line.Length == 0)
            {
                return;
            }

            switch (styles.Role(paragraph.ParagraphProperties))
            {
                case StyleRole.Title:
                    _titles.Add(line);
                    return;
                case StyleRole.Subtitle:
                    _subtitles.Add(line);
                    return;
                case StyleRole.Author:
                    _authors.Add(line);
                    return;
                case StyleRole.Date:
                    if (DocxDates.TryParse(line) is { } date)
                    {
                        result.Fields.TryAdd("date", date);
                    }

                    return;
                case StyleRole.AbstractTitle:
                    return;
                case StyleRole.Abstract:
                    if (!_inAbstract)
                    {
                        result.AddHeading("Abstract");
                        _inAbstract = true;
                    }

                    result.AddParagraph(line);
                    return;
                case StyleRole.Heading:
                    _inAbstract = false;
                    result.AddHeading(line);
                    return;
                default:
                    EndAbstract();
                    result.AddParagraph(line);
                    return;
            }
        }

        // The body after an abstract is in no section until its first heading.
        private void EndAbstract()
        {
            if (_inAbstract)
            {
                result.EndSection();
                _inAbstract = false;
            }
        }
    }

    /// <summary>What a paragraph style means here.</summary>
    private enum StyleRole
    {
        Body,
        Heading,
        Title,
        Subtitle,
        Author,
        Date,
        Abstract,
        AbstractTitle,
    }

    /// <summary>
    /// Which paragraph styles are headings (built-in "heading N", or any style with an outline level) and which hold the
    /// title page as Word and pandoc write it (Title, Subtitle, Author, Date, Abstract, by style id or name).
    /// </summary>
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

        public StyleRole Role(ParagraphProperties? properties)
        {
            var id = properties?.ParagraphStyleId?.Val?.Value;
            var name = id is not null && _styles.TryGetValue(id, out var style) ? style.StyleName?.Val?.Value : null;
            foreach (var candidate in new[] { id, name })
            {
                var role = candidate?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() switch
                {
                    "title" => StyleRole.Title,
                    "subtitle" => StyleRole.Subtitle,
                    "author" => StyleRole.Author,
                    "date" => StyleRole.Date,
                    "abstract" => StyleRole.Abstract,
                    "abstracttitle" => StyleRole.AbstractTitle,
                    _ => StyleRole.Body,
                };
                if (role != StyleRole.Body)
                {
                    return role;
                }
            }

            return IsHeading(properties) ? StyleRole.Heading : StyleRole.Body;
        }

        private bool IsHeading(ParagraphProperties? properties)
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
                    return id.StartsWith("Heading", StringComparison.OrdinalIgnoreCase);
                }

                var name = style.StyleName?.Val?.Value ?? string.Empty;
                if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase))
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
