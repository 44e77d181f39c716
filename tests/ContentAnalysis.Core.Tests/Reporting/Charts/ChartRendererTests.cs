using System.Xml.Linq;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting.Charts;

public sealed class ChartRendererTests
{
    // Krippendorff (2011) four-coder example: alpha .743, bootstrap interval from the README's output.
    private static readonly ChartPoint[] Alphas =
    [
        new("russia_role", 0.743421052631579, 0.6034688995215312, 0.8833732057416268),
        new("balancing", 0.85, 0.8, 0.9),
        new("<script>x</script>", 0.2, null, null),
    ];

    private static readonly ChartMatrix Frequencies = new(
        ["2020", "2021"], ["mediator", "guarantor", "arbiter"], [[12, 3, 0], [4, 7, 1234]]);

    [Fact]
    public void Estimates_TextAlternative_NamesEveryValueAndVerdict()
    {
        var chart = ChartRenderer.Estimates("alpha", "Alpha by dimension", Alphas);
        Assert.Equal(
            "Alpha by dimension: alpha with 95% intervals for 3 items (russia_role .743 [.603, .883]; balancing .850 [.800, .900]; "
            + "<script>x</script> .200 —); at or above .800: balancing; from .667 to .800: russia_role; below .667: <script>x</script>.",
            chart.Image.AltText);
    }

    [Fact]
    public void Estimates_Data_IsATableOfFormattedValues()
    {
        var data = ChartRenderer.Estimates("alpha", "Alpha", Alphas).Data;
        Assert.Equal(["", "alpha", "95% interval"], data.Header.Select(DocumentInline.PlainText));
        Assert.Equal(["russia_role", ".743", "[.603, .883]"], data.Rows[0].Select(DocumentInline.PlainText));
    }

    [Fact]
    public void Charts_SameInput_GiveTheSameBytes()
    {
        foreach (var draw in Drawings())
        {
            var first = draw();
            var second = draw();
            Assert.Equal(first.Image.Svg, second.Image.Svg);
            Assert.Equal(first.Image.Png, second.Image.Png);
        }
    }

    [Fact]
    public void Charts_AreValidSvgAndPng()
    {
        foreach (var chart in Drawings().Select(d => d()))
        {
            var svg = XDocument.Parse(chart.Image.Svg);
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Image.Png.Take(4));
            Assert.True(chart.Image.Png.Count > 2000, $"{chart.Id}: PNG of {chart.Image.Png.Count} bytes");
        }
    }

    [Fact]
    public void Estimates_LabelWithMarkup_IsEscapedInTheSvg()
    {
        var svg = ChartRenderer.Estimates("alpha", "Alpha", Alphas).Image.Svg;
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupedBars_TextAndTable_DescribeTheCounts()
    {
        var chart = ChartRenderer.GroupedBars("frequencies", "Categories by period", Frequencies);
        Assert.Equal("Categories by period: grouped bars of 3 categories over 2 periods; the largest count is arbiter in 2021 (1,234).", chart.Image.AltText);
        Assert.Equal(["2021", "4", "7", "1,234"], chart.Data.Rows[1].Select(DocumentInline.PlainText));
    }

    [Fact]
    public void Heatmap_TextAlternative_NamesTheLargestOffDiagonalPair()
    {
        var matrix = new ChartMatrix(["a", "b", "c"], ["a", "b", "c"], [[9, 2, 7], [2, 8, 1], [7, 1, 5]]);
        var chart = ChartRenderer.Heatmap("cooccurrence", "Co-occurrence", matrix);
        Assert.Equal("Co-occurrence: a heatmap of 3 by 3 categories; the largest value is a with c (7).", chart.Image.AltText);
        Assert.Equal(["", "a", "b", "c"], chart.Data.Header.Select(DocumentInline.PlainText));
    }

    [Fact]
    public void GroupedBars_RaggedMatrix_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChartRenderer.GroupedBars("f", "F", new ChartMatrix(["2020"], ["a", "b"], [[1]])));
    }

    private static IEnumerable<Func<Chart>> Drawings() =>
    [
        () => ChartRenderer.Estimates("alpha", "Alpha by dimension", Alphas),
        () => ChartRenderer.GroupedBars("frequencies", "Categories by period", Frequencies),
        () => ChartRenderer.Heatmap("cooccurrence", "Co-occurrence", new ChartMatrix(["a", "b"], ["a", "b"], [[3, 1], [1, 4]])),
    ];
}
