using AngleSharp.Html.Parser;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Documents;

public sealed class HtmlDocumentWriterTests
{
    [Fact]
    public void Render_Sample_MatchesTheApprovedFile()
    {
        Snapshot.Verify(HtmlDocumentWriter.Render(SampleDocument.Read()), "sample", "html");
    }

    [Fact]
    public void Render_MarkupInText_ShowsAsText()
    {
        var html = new HtmlParser().ParseDocument(HtmlDocumentWriter.Render(SampleDocument.Read()));
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Empty(html.QuerySelectorAll("b"));
        Assert.Contains("unit <script>alert(1)</script>", html.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("<b>quoted</b>", html.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_References_NothingOutside()
    {
        var html = new HtmlParser().ParseDocument(HtmlDocumentWriter.Render(SampleDocument.Read()));
        var references = html.All
            .SelectMany(e => e.Attributes)
            .Where(a => a.LocalName is "src" or "href" || a.LocalName.StartsWith("on", StringComparison.Ordinal))
            .Select(a => $"{a.Name}={a.Value}")
            .ToList();
        Assert.Empty(references);
        Assert.Empty(html.QuerySelectorAll("link, iframe, object, embed"));
    }

    [Fact]
    public void Render_EveryTable_HasAHeaderRow()
    {
        var html = new HtmlParser().ParseDocument(HtmlDocumentWriter.Render(SampleDocument.Read()));
        var tables = html.QuerySelectorAll("table");
        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
        {
            Assert.NotNull(t.QuerySelector("thead > tr > th"));
            Assert.Equal("Reliability per dimension", t.QuerySelector("caption")?.TextContent);
        });
    }

    [Fact]
    public void Render_Figure_IsInlineSvgLabelledWithItsTextAlternative()
    {
        var html = new HtmlParser().ParseDocument(HtmlDocumentWriter.Render(SampleDocument.Read()));
        var svg = html.QuerySelector("figure > svg")!;
        Assert.Equal("Alpha of russia_role is .743 <above> .667.", svg.GetAttribute("aria-label"));
        Assert.Equal("Figure 1. Alpha per dimension", html.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("a < b", svg.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AuthorMarker_IsHighlighted()
    {
        var html = new HtmlParser().ParseDocument(HtmlDocumentWriter.Render(SampleDocument.Read()));
        Assert.Equal("[to be completed by the author: coder training hours]", html.QuerySelector("mark.author")!.TextContent);
    }
}
