using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting;

// Expected texts are written by hand from the Markdown `qcat analyze X --format md` printed before issue 15 moved it here.
public sealed class AnalysisMarkdownWriterTests
{
    [Fact]
    public void Frequencies_HeadingDenominatorAndTable()
    {
        // 1 of 4 units = 0.250; 3 of 4 = 0.750; one unit not coded on tone.
        var table = new FrequencyTable("tone", "single", "war", 4, 1, true, [new FrequencyRow("pos", "Positive", 1, 0.25), new FrequencyRow("neg", "Neg|ative", 3, 0.75)]);
        var text = AnalysisMarkdownWriter.Frequencies("anna", [table]);
        Assert.Equal(
            "coder: anna\n\n### tone (single), war\n\nshare of the 4 units coded on tone (1 units not coded on it are left out)\n\n"
            + "| value | label | count | share |\n|---|---|---|---|\n| pos | Positive | 1 | 0.250 |\n| neg | Neg\\|ative | 3 | 0.750 |\n",
            text);
    }

    [Fact]
    public void Crosstab_CategoryHeadingCellsAndSummaryLinesWithBreaks()
    {
        var table = new CrosstabTable(
            "mediator", ["present", "absent"], ["war", "peace"], [[2, 0], [1, 3]], [[1.0, 1.0], [2.0, 2.0]],
            new ChiSquareSummary(2.6667, 1, 0.1025, 0.0004), 0.6667, 0.4, [[1.63, -1.63], [null, 1.63]], 0.8, [], ["ukraine_war"], null);
        var report = new CrosstabReport("russia_role", "period", "anna", [table]);
        var text = AnalysisMarkdownWriter.Crosstab(report, new CrosstabOptions(100, 7), new Dictionary<string, string>());
        Assert.Equal(
            "russia_role by period (coder anna); cells: units (adjusted residual)\n\n### mediator\n\n"
            + "|  | war | peace | total |\n|---|---|---|---|\n| present | 2 (+1.6) | 0 (-1.6) | 2 |\n| absent | 1 | 3 (+1.6) | 4 |\n| total | 3 | 3 | 6 |\n\n"
            + "chi-square = 2.67, df = 1, p = 0.103; Cramér's V = 0.667  \n"
            + "expected counts below 5: Monte-Carlo p = < 0.001 (100 random tables, seed 7)  \n"
            + "Fisher's exact test (2×2): p = 0.400  \n"
            + "Holm-adjusted p across the categories: 0.800  \n"
            + "columns without units, left out: ukraine_war  \n",
            text);
    }

    [Fact]
    public void Segments_BoldUnitSourceCategoriesMemoAndQuotedText()
    {
        var segment = new Segment("doc.p001", "doc", "A Title", "Ann Author", "2020-07-24", "prewar", "intro", ["mediator", "soft_power"], "check", "Line one.\nLine two.");
        var text = AnalysisMarkdownWriter.Segments("anna", "russia_role:mediator", [segment]);
        Assert.Equal(
            "1 units coded russia_role:mediator (coder anna)\n\n**doc.p001** — Ann Author, \"A Title\", 2020-07-24, prewar  \n"
            + "categories: mediator, soft_power  \nmemo: check  \n\n> Line one.\n> Line two.\n",
            text);
    }

    [Fact]
    public void Cooccurrence_LineAndTable_DashWhenUndefined()
    {
        var pair = new CooccurrencePair("role", "mediator", "tactic", "soft_power", 10, 4, 5, 2, 2.0 / 7, 1.0, null);
        var text = AnalysisMarkdownWriter.Cooccurrence("anna", [pair]);
        Assert.Equal(
            "coder: anna; units: those coded on both dimensions of a pair\n"
            + "| dimension_a | category_a | dimension_b | category_b | units | count_a | count_b | both | jaccard | lift | phi |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|\n"
            + "| role | mediator | tactic | soft_power | 10 | 4 | 5 | 2 | 0.286 | 1.00 | — |\n",
            text);
    }
}
