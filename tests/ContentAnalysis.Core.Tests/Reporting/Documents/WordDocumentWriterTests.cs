using ContentAnalysis.Core.Reporting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Core.Tests.Reporting.Documents;

public sealed class WordDocumentWriterTests
{
    [Fact]
    public void Write_Headings_UseWordsHeadingStyles()
    {
        using var word = Open();
        var styles = word.MainDocumentPart!.Document!.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        Assert.Equal(["Heading1", "Heading2"], styles.Where(s => s!.StartsWith("Heading", StringComparison.Ordinal)));
        var defined = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", defined["Heading1"]);
        Assert.Equal("caption", defined["Caption"]);
        Assert.All(styles, s => Assert.True(defined.ContainsKey(s!), $"style {s} is used but not defined"));
    }

    [Fact]
    public void Write_Table_HasAHeaderRowAndACaption()
    {
        using var word = Open();
        var body = word.MainDocumentPart!.Document!.Body!;
        var table = Assert.Single(body.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal("unit <script>alert(1)</script>", rows[2].Elements<TableCell>().First().InnerText);
        var caption = (Paragraph)table.PreviousSibling()!;
        Assert.Equal(("Caption", "Reliability per dimension"), (caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value, caption.InnerText));
    }

    [Fact]
    public void Write_Figure_IsAnEmbeddedPngWithItsDescriptionAndCaption()
    {
        using var word = Open();
        var main = word.MainDocumentPart!;
        var image = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using (var stream = image.GetStream())
        using (var bytes = new MemoryStream())
        {
            stream.CopyTo(bytes);
            Assert.Equal(SampleDocument.Image.Png, bytes.ToArray());
        }

        var properties = main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
        Assert.Equal("Alpha of russia_role is .743 <above> .667.", properties.Description!.Value);
        var caption = main.Document.Body.Elements<Paragraph>().Single(p => p.InnerText == "Figure 1. Alpha per dimension");
        Assert.Equal("Caption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void Write_AuthorMarker_IsHighlighted()
    {
        using var word = Open();
        var run = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single(r => r.InnerText.Contains("to be completed", StringComparison.Ordinal));
        Assert.Equal(HighlightColorValues.Yellow, run.RunProperties!.Highlight!.Val!.Value);
    }

    [Fact]
    public void Write_Document_IsValidOpenXml()
    {
        using var word = Open();
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static WordprocessingDocument Open()
    {
        var stream = new MemoryStream();
        WordDocumentWriter.Write(SampleDocument.Read(), stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }
}
