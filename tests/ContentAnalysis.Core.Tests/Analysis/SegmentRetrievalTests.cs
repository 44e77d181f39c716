using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed class SegmentRetrievalTests
{
    private static readonly ContentAnalysis.Core.Codebooks.Codebook Book = TestCodebook.Create();

    [Theory]
    [InlineData("mediator", null, null, null, null, "d1.p001 d1.p002 d2.p002")]
    [InlineData("mediator", "balancing", null, null, null, "d1.p001 d1.p002")]
    [InlineData("mediator", "balancing", "ally_of_armenia", null, null, "d1.p001")]
    [InlineData("mediator", null, null, "ukraine_war", null, "d2.p002")]
    [InlineData("mediator", null, null, null, "p00[12]", "d1.p001 d1.p002 d2.p002")]
    [InlineData("mediator", null, null, null, "d1\\.p002", "d1.p002")]
    [InlineData("tone:1", null, null, null, null, "d2.p001 d2.p004")]
    [InlineData("tone:level -2", null, null, null, null, "d1.p002")]
    public void Find_Filters_SelectTheExpectedUnits(string category, string? and, string? not, string? period, string? matching, string expected)
    {
        var query = new SegmentQuery(
            CategoryReference.Resolve(Book, category, null),
            and is null ? [] : [CategoryReference.Resolve(Book, and, null)],
            not is null ? [] : [CategoryReference.Resolve(Book, not, null)],
            period,
            null,
            matching is null ? null : SegmentRetrieval.Pattern(matching));

        var segments = SegmentRetrieval.Find(AnalysisFixture.Create(), query, AnalysisFixture.TextOf);

        Assert.Equal(expected, string.Join(' ', segments.Select(s => s.Unit)));
    }

    [Fact]
    public void Find_Segment_CarriesSourceMemoAndText()
    {
        var query = new SegmentQuery(CategoryReference.Resolve(Book, "russia_role:mediator", null), [], [], Document: "d1");

        var first = SegmentRetrieval.Find(AnalysisFixture.Create(), query, AnalysisFixture.TextOf)[0];

        Assert.Equal(new Segment("d1.p001", "d1", "First brief", "Ann Author", "2020-07-01", "prewar", "Section", first.Categories, "hosts talks", "Text of d1.p001."), first);
        Assert.Equal(["mediator"], first.Categories);
    }

    [Fact]
    public void Find_UnknownPeriod_IsADiagnosticNamingThePeriods()
    {
        var query = new SegmentQuery(CategoryReference.Resolve(Book, "mediator", null), [], [], Period: "postwar");

        var e = Assert.Throws<InputException>(() => SegmentRetrieval.Find(AnalysisFixture.Create(), query, AnalysisFixture.TextOf));

        Assert.Equal(AnalysisDiagnostics.BadFilter, e.Diagnostics[0].Code);
        Assert.Contains("prewar, ukraine_war", e.Diagnostics[0].Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nonexistent")]
    [InlineData("strategy:mediator")]
    [InlineData("nodimension:mediator")]
    public void Resolve_UnknownCategory_IsADiagnostic(string text)
    {
        var e = Assert.Throws<InputException>(() => CategoryReference.Resolve(Book, text, null));

        Assert.Contains(e.Diagnostics[0].Code, new[] { AnalysisDiagnostics.BadCategory, AnalysisDiagnostics.BadDimension });
    }

    [Fact]
    public void Resolve_NoneInSeveralDimensions_IsAmbiguous()
    {
        var e = Assert.Throws<InputException>(() => CategoryReference.Resolve(Book, "none", null));

        Assert.Contains("russia_role, strategy", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_Invalid_IsADiagnostic()
    {
        var e = Assert.Throws<InputException>(() => SegmentRetrieval.Pattern("(unclosed"));

        Assert.Equal(AnalysisDiagnostics.BadFilter, e.Diagnostics[0].Code);
    }
}
