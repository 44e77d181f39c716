using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Documents;

public sealed class MarkdownDocumentWriterTests
{
    [Fact]
    public void Render_Sample_MatchesTheApprovedFile()
    {
        Snapshot.Verify(MarkdownDocumentWriter.Render(SampleDocument.Read(), "appendix").Markdown, "sample", "md");
    }

    [Fact]
    public void Render_ReadBack_GivesTheSameText()
    {
        var document = SampleDocument.Read();
        var markdown = MarkdownDocumentWriter.Render(document, "appendix").Markdown;
        var again = MarkdownReportReader.Read(markdown.Replace("](appendix-alpha.png)", "](figure:alpha)", StringComparison.Ordinal),
            new Dictionary<string, DocumentImage> { ["alpha"] = SampleDocument.Image });
        var table = again.Blocks.OfType<DocumentTable>().Single();
        Assert.Equal(["unit <script>alert(1)</script>", "-.143", "—"], table.Rows[1].Select(DocumentInline.PlainText));
        Assert.Equal("Reliability per dimension", table.Caption);
    }

    [Fact]
    public void Write_Figures_AreFilesBesideTheMarkdown()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "appendix.md");

        MarkdownDocumentWriter.Write(SampleDocument.Read(), path);

        Assert.Equal(SampleDocument.Image.Png, File.ReadAllBytes(Path.Combine(folder.Path, "appendix-alpha.png")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "appendix-alpha.svg")));
        Assert.Contains("](appendix-alpha.png)", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
