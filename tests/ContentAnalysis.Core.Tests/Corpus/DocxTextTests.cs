using System.IO.Compression;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class DocxTextTests
{
    private static readonly CorpusImportOptions Options = new() { Clock = () => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

    [Fact]
    public void Read_HeadingsParagraphsAndTables_BecomeBlocks()
    {
        var bytes = Docx(
            body =>
            {
                body.Append(Styled("Heading1", "Talks in Moscow"));
                body.Append(Plain("First", "\t", "paragraph."));
                body.Append(new Paragraph());
                body.Append(new Table(new TableRow(new TableCell(Plain("Cell one.")), new TableCell(Plain("Cell two.")))));
                body.Append(Styled("Title", "Second part"));
            },
            title: " Moscow truce ",
            creator: "A. Writer");
        var document = DocxText.Read(bytes, "t.docx");

        // The table row is one block of its cells; the Title paragraph is metadata, and the core properties' title wins.
        Assert.Equal("# Talks in Moscow\n\nFirst paragraph.\n\nCell one.; Cell two.", Render(document));
        Assert.Equal("Moscow truce", document.Fields["title"]);
        Assert.Equal("A. Writer", document.Fields["author"]);
    }

    [Fact]
    public void Read_TrackedDeletionsFieldCodesAndNoteReferences_LeftOut()
    {
        var bytes = Docx(body => body.Append(new Paragraph(
            new Run(new Text("Kept") { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(new Run(new DeletedText(" deleted"))),
            new InsertedRun(new Run(new Text(" inserted") { Space = SpaceProcessingModeValues.Preserve })),
            new MoveFromRun(new Run(new Text(" moved away") { Space = SpaceProcessingModeValues.Preserve })),
            new CommentRangeStart { Id = "0" },
            new Run(new FieldCode(" PAGE ")),
            new CommentRangeEnd { Id = "0" },
            new Run(new CommentReference { Id = "0" }),
            new Run(new FootnoteReference { Id = 1 }),
            new Run(new Text(" non"), new NoBreakHyphen(), new Text("stop.")))));
        Assert.Equal("Kept inserted non-stop.", Render(DocxText.Read(bytes, "t.docx")));
    }

    [Fact]
    public void Read_LocalisedStyleIdWithEnglishName_IsHeading()
    {
        var bytes = Docx(
            body =>
            {
                body.Append(Styled("berschrift1", "Überblick"));
                body.Append(Styled("Textkrper", "Body text."));
            },
            styles: new Styles(
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "berschrift1" },
                new Style(new StyleName { Val = "Body Text" }) { Type = StyleValues.Paragraph, StyleId = "Textkrper" }));
        Assert.Equal("# Überblick\n\nBody text.", Render(DocxText.Read(bytes, "t.docx")));
    }

    [Fact]
    public void Read_NotAWordDocument_OneLineError()
    {
        var error = Assert.Throws<InputException>(() => DocxText.Read("plain text, not a zip"u8.ToArray(), "fake.docx"));
        Assert.Equal(
            "fake.docx: error QCA2002: cannot import 'fake.docx': it is not a readable Word (.docx) document (save it from Word as .docx, or export it as plain text)",
            Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Read_ZipWithoutWordParts_OneLineError()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var error = Assert.Throws<InputException>(() => DocxText.Read(stream.ToArray(), "other.docx"));
        Assert.Contains("cannot import 'other.docx'", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PartLargerThanLimit_RefusedAsTooLarge()
    {
        var bytes = Docx(body => body.Append(Plain(new string('a', 5_000))));
        var error = Assert.Throws<InputException>(() => DocxText.Read(bytes, "big.docx", maxCharactersInPart: 1_000));
        Assert.Contains("a part expands to more than 1,000 characters", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Docx_UnitsSectionsAndMetadata()
    {
        using var temp = new TempDirectory();
        var bytes = Docx(
            body =>
            {
                body.Append(Styled("Heading1", "Talks"));
                body.Append(Plain("First paragraph."));
                body.Append(Plain("Second paragraph."));
            },
            title: "Moscow truce",
            creator: "A. Writer");
        var file = temp.WriteBytes("src/Truce.docx", bytes);
        var layout = new ProjectLayout(temp.Path);
        var outcome = Assert.Single(CorpusImporter.Import(layout, [file], Options));
        Assert.Equal("added", outcome.Status);
        var store = CorpusStore.Open(layout);
        Assert.Equal("Talks\n\nFirst paragraph.\n\nSecond paragraph.\n", store.ReadText("truce"));
        var document = Assert.Single(store.Documents);
        Assert.Equal(("Moscow truce", "A. Writer"), (document.Metadata.Title, document.Metadata.Author));
        Assert.Equal(["Talks", "Talks"], store.UnitsOf("truce").Select(u => u.Section));
        Assert.Equal("unchanged", Assert.Single(CorpusImporter.Import(layout, [file], Options)).Status);
    }

    // The blocks as Markdown-like lines (headings with "# "), then the notes, so one string shows the whole structure.
    private static string Render(StructuredDocument document) =>
        string.Join("\n\n", document.Blocks.Where(b => b.Text.Length > 0).Select(b => (b.Kind == DocumentBlockKind.Heading ? "# " : string.Empty) + b.Text)
            .Concat(document.Notes.Select(n => "[note] " + n)).Concat(document.Endnotes.Select(n => "[endnote] " + n)));

    private static Paragraph Plain(params string[] texts) =>
        new(texts.Select(t => t == "\t" ? new Run(new TabChar()) : new Run(new Text(t) { Space = SpaceProcessingModeValues.Preserve })));

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static byte[] Docx(Action<Body> fill, string? title = null, string? creator = null, Styles? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = creator;
        }

        return stream.ToArray();
    }
}
