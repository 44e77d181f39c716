using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding.Spans;

public sealed class SpanAgreementTests
{
    private static readonly Dictionary<string, long> Lengths = new(StringComparer.Ordinal) { ["d1"] = 10, ["d2"] = 30, ["unused"] = 1000 };

    [Fact]
    public void Compute_OneDocument_EqualsHandComputedUnitizingAlpha()
    {
        // The first hand computation of UnitizingAlphaTests on a document of 10 code points: uα = 31/120.
        var spans = Spans(["anna", "ben"], Span("anna", "d1", 0, 4, "mediator"), Span("ben", "d1", 2, 6, "mediator"));

        var report = SpanAgreement.Compute(spans, TestCodebook.Create(), Length);

        Assert.Empty(report.Diagnostics);
        var role = Assert.Single(report.Dimensions);
        Assert.Equal(("russia_role", 10L, 2), (role.Dimension, role.Result.Length, role.Result.Units));
        Assert.Equal(31.0 / 120, role.Result.Alpha, 1e-9);
        Assert.Equal(["d1"], role.Documents);
    }

    [Fact]
    public void Compute_DocumentsWithoutSpans_NotInTheContinuum()
    {
        // 'unused' (1,000 code points of agreed gap) would inflate uα; only documents someone coded count.
        var spans = Spans(["anna", "ben"], Span("anna", "d1", 0, 4, "mediator"), Span("ben", "d1", 2, 6, "mediator"), Span("ben", "d2", 0, 30, "balancing", "strategy"));

        var report = SpanAgreement.Compute(spans, TestCodebook.Create(), Length);

        Assert.Equal(["russia_role", "strategy"], report.Dimensions.Select(d => d.Dimension));
        Assert.All(report.Dimensions, d => Assert.Equal(40, d.Result.Length));
        Assert.Equal(["d1", "d2"], report.Dimensions[0].Documents);
    }

    [Fact]
    public void Compute_BadSpans_OneDiagnosticEachWithFileAndLineAndNoResult()
    {
        var spans = Spans(
            ["anna", "ben"],
            Span("anna", "d1", 0, 11, "mediator", line: 2),
            Span("anna", "nowhere", 0, 4, "mediator", line: 3),
            Span("anna", "d1", 0, 4, "villain", line: 4),
            Span("anna", "d1", 0, 4, "mediator", "mood", line: 5),
            Span("ben", "d1", 0, 4, "mediator", line: 2),
            Span("ben", "d1", 3, 6, "ally_of_armenia", line: 3));

        var report = SpanAgreement.Compute(spans, TestCodebook.Create(), Length);

        Assert.True(report.HasErrors);
        Assert.Empty(report.Dimensions);
        Assert.Equal(
            [
                "data/spans/anna.csv(2,1): error QCA4062: span 0–11 ends beyond document 'd1', which has 10 characters (offsets count Unicode code points of data/documents/DOCUMENT.txt; re-import the spans if the text changed)",
                "data/spans/anna.csv(3,1): error QCA4063: unknown document 'nowhere' (import the document first ('qcat corpus import'), or fix the document id)",
                "data/spans/anna.csv(4,1): error QCA4064: unknown category 'villain' in dimension 'russia_role' (use a category id of that dimension ('qcat codebook show'))",
                "data/spans/anna.csv(5,1): error QCA4064: unknown dimension 'mood' (use a dimension id of the codebook ('qcat codebook show'))",
                "data/spans/ben.csv(3,1): error QCA4066: span 3–6 'ally_of_armenia' overlaps span 0–4 'mediator' (line 2) in document 'd1', dimension 'russia_role' (unitizing alpha needs each coder's spans in one dimension to be disjoint: remove or shorten one of them)",
            ],
            report.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void CodePoints_SurrogatePairCountsOnce()
    {
        Assert.Equal(4, SpanAgreement.CodePoints("a😀bé"));
    }

    private static long? Length(string document) => Lengths.TryGetValue(document, out var n) ? n : null;

    private static CodedSpans Spans(string[] coders, params CodedSpan[] spans) => new(coders, spans, []);

    private static CodedSpan Span(string coder, string document, long start, long end, string category, string dimension = "russia_role", int line = 2) =>
        new(coder, document, start, end, dimension, category) { Line = line };
}
