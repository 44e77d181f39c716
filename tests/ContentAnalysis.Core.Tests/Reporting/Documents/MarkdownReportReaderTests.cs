using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Documents;

public sealed class MarkdownReportReaderTests
{
    [Fact]
    public void Read_Sample_GivesTheBlocksInOrder()
    {
        var blocks = SampleDocument.Read().Blocks;
        Assert.Equal(
            [typeof(DocumentHeading), typeof(DocumentParagraph), typeof(DocumentHeading), typeof(DocumentTable), typeof(DocumentFigure), typeof(DocumentList), typeof(DocumentQuote)],
            blocks.Select(b => b.GetType()));
    }

    [Fact]
    public void Read_TableCaptionLine_BecomesTheTablesCaption()
    {
        var table = SampleDocument.Read().Blocks.OfType<DocumentTable>().Single();
        Assert.Equal("Reliability per dimension", table.Caption);
        Assert.Equal(["dimension", "alpha", "95% interval"], table.Header.Select(DocumentInline.PlainText));
        Assert.Equal(["unit <script>alert(1)</script>", "-.143", "—"], table.Rows[1].Select(DocumentInline.PlainText));
    }

    [Fact]
    public void Read_AuthorMarker_IsADistinctInline()
    {
        var document = SampleDocument.Read();
        Assert.Equal([new AuthorMarker("coder training hours")], document.AuthorMarkers());
        Assert.Equal("Methods appendix", document.Title);
    }

    [Fact]
    public void Read_Emphasis_CodeAndStrong_AreKept()
    {
        var paragraph = SampleDocument.Read().Blocks.OfType<DocumentParagraph>().First();
        Assert.Contains(new InlineStrong("12 units"), paragraph.Content);
        Assert.Contains(new InlineEmphasis("Krippendorff's"), paragraph.Content);
        Assert.Contains(new InlineCode("qcat agree"), paragraph.Content);
    }

    [Fact]
    public void Read_FigureReference_TakesCaptionFromTheImageText()
    {
        var figure = SampleDocument.Read().Blocks.OfType<DocumentFigure>().Single();
        Assert.Equal(("alpha", "Figure 1. Alpha per dimension"), (figure.Id, figure.Caption));
        Assert.Same(SampleDocument.Image, figure.Image);
    }

    [Fact]
    public void Read_UnknownFigure_Throws()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => MarkdownReportReader.Read("![x](figure:nope)"));
        Assert.Equal("nope", Assert.IsType<UnknownFigureException>(error).Figure);
    }
}
