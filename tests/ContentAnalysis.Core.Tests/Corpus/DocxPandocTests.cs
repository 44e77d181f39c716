using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// A .docx shaped as pandoc writes one (pandoc is not installed here, so it is built with the Open XML SDK in pandoc's
/// shape: the style ids Title, Subtitle, Author, Date, AbstractTitle, Abstract, Heading1, FirstParagraph, BodyText and
/// Compact; footnotes in footnotes.xml after the two separator notes; a table with a header row), plus what Word adds:
/// an endnote, a comment, tracked changes.
/// </summary>
public sealed class DocxPandocTests
{
    private static readonly CorpusImportOptions Options = new() { Clock = () => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

    public static byte[] PandocShaped()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new[] { ("Title", "Title"), ("Subtitle", "Subtitle"), ("Author", "Author"), ("Date", "Date"), ("AbstractTitle", "Abstract Title"), ("Abstract", "Abstract"), ("Heading1", "heading 1"), ("FirstParagraph", "First Paragraph"), ("BodyText", "Body Text"), ("Compact", "Compact") }
                    .Select(s => new Style(new StyleName { Val = s.Item2 }) { Type = StyleValues.Paragraph, StyleId = s.Item1 }));
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Text(" Th. de Waal, Black Garden, New York 2003."))) { Id = 1 });
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), Text(" Figures from SIPRI."))) { Id = 1 });
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(
                new Comment(new Paragraph(Text("Check this date."))) { Id = "0", Author = "Reviewer" });
            main.Document = new Document(new Body(
                Styled("Title", "Four hats"),
                Styled("Subtitle", "Russia in the South Caucasus"),
                Styled("Author", "A. Writer"),
                Styled("Author", "B. Reader"),
                Styled("Date", "15 May 2021"),
                Styled("AbstractTitle", "Abstract"),
                Styled("Abstract", "Russia mediated while it armed both sides."),
                Styled("Heading1", "Introduction"),
                new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "FirstParagraph" }),
                    Text("The war began in September 2020."),
                    new Run(new FootnoteReference { Id = 1 }),
                    new CommentRangeStart { Id = "0" },
                    Text(" It ended in"),
                    new DeletedRun(new Run(new DeletedText(" October"))),
                    new InsertedRun(Text(" November")),
                    Text("."),
                    new CommentRangeEnd { Id = "0" },
                    new Run(new CommentReference { Id = "0" }),
                    new Run(new EndnoteReference { Id = 1 })),
                new Table(
                    Row("Year", "Event"),
                    Row("2020", "Second Karabakh war"),
                    Row("2022", string.Empty)),
                Styled("BodyText", "Talks resumed later.")));
            document.PackageProperties.Title = "Four hats";
            document.PackageProperties.Creator = "A. Writer; B. Reader";
        }

        return stream.ToArray();
    }

    [Fact]
    public void Import_PandocShapedDocx_TitlePageIsMetadataRowsAreUnitsNotesKept()
    {
        using var temp = new TempDirectory();
        var file = temp.WriteBytes("pandoc.docx", PandocShaped());
        var layout = new ProjectLayout(temp.Path);
        Assert.Equal(8, Assert.Single(CorpusImporter.Import(layout, [file], Options)).UnitCount);
        var store = CorpusStore.Open(layout);
        var text = store.ReadText("pandoc");
        Assert.Equal(
            [
                ("Abstract", "Russia mediated while it armed both sides."),
                ("Introduction", "The war began in September 2020. It ended in November."),
                ("Introduction", "Year; Event"),
                ("Introduction", "2020; Second Karabakh war"),
                ("Introduction", "2022"),
                ("Introduction", "Talks resumed later."),
                ("Notes", "1 Th. de Waal, Black Garden, New York 2003."),
                ("Endnotes", "1 Figures from SIPRI."),
            ],
            store.UnitsOf("pandoc").Select(u => (u.Section, u.TextIn(text))));
        var metadata = Assert.Single(store.Documents).Metadata;
        Assert.Equal(("Four hats: Russia in the South Caucasus", "A. Writer; B. Reader", "2021-05-15"), (metadata.Title, metadata.Author, metadata.Date));
    }

    [Fact]
    public void Read_AbstractThenBodyWithoutHeading_BodyHasNoSection()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(Styled("Abstract", "Short abstract."), Styled("BodyText", "Body."), Styled("Date", "May 2021")));
        }

        var parsed = DocumentParser.ParseBlocks(DocxText.Read(stream.ToArray(), "a.docx"), UnitKind.Paragraph, "a", string.Empty);
        Assert.Equal([("Abstract", "Short abstract."), (string.Empty, "Body.")], parsed.Units.Select(u => (u.Section, u.TextIn(parsed.Text))));
    }

    private static Run Text(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Text(text));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Compact" }), Text(c)))));
}
