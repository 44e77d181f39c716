using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed class CrosstabAnalysisTests
{
    private static readonly ContentAnalysis.Core.Codebooks.Codebook Book = TestCodebook.Create();

    // strategy × period: [[2, 0], [1, 3], [0, 1]], n = 7, row totals 2, 4, 1, column totals 3, 4.
    // Expected 6/7, 8/7 | 12/7, 16/7 | 3/7, 4/7. X² = 64/42 + 8/7 + 25/84 + 25/112 + 3/7 + 9/28 = 3.9375, df = 2,
    // p = exp(−3.9375 / 2) = 0.13963128628139898. Every expected count is below 5: a Monte-Carlo p is added.
    [Fact]
    public void Run_SingleDimension_OneTableWithHandComputedTest()
    {
        var report = CrosstabAnalysis.Run(AnalysisFixture.Create(), Book.FindDimension("strategy")!, DocumentField.Period);
        var table = report.Tables.Single();

        Assert.Equal(("strategy", "period", "anna"), (report.Dimension, report.By, report.Coder));
        Assert.Null(table.Category);
        Assert.Equal(["balancing", "alignment", "none"], table.Rows);
        Assert.Equal(["prewar", "ukraine_war"], table.Columns);
        Assert.Equal([[2, 0], [1, 3], [0, 1]], table.Counts);
        Assert.Equal(12 / 7.0, table.Expected[1][0], 1e-12);
        Assert.Equal(3.9375, table.ChiSquare!.Statistic, 1e-12);
        Assert.Equal(2, table.ChiSquare.Df);
        Assert.Equal(0.13963128628139898, table.ChiSquare.PValue, 1e-12);
        Assert.NotNull(table.ChiSquare.PValueMonteCarlo);
        Assert.Equal(Math.Sqrt(3.9375 / 7), table.CramersV!.Value, 1e-12);
        Assert.Null(table.FisherP);
        Assert.Null(table.PHolm);
        Assert.Empty(table.DroppedRows);
    }

    // russia_role × period over the 6 coded units, one present/absent table per category:
    // ally [[1, 1], [2, 2]] → Fisher p = 1; mediator [[2, 1], [1, 2]] → weights 1, 9, 9, 1 (/20), p = 1;
    // partner_of_turkey [[0, 2], [3, 1]] → weights 3, 9, 3 (/15), observed 3 → p = 6/15 = 0.4.
    // Holm over (1, 1, 0.4): 0.4 · 3 = 1.2 → 1, so every adjusted p is 1.
    [Fact]
    public void Run_MultiDimension_OneTablePerCategoryWithFisherAndHolm()
    {
        var report = CrosstabAnalysis.Run(AnalysisFixture.Create(), Book.FindDimension("russia_role")!, DocumentField.Period);

        Assert.Equal(["ally_of_armenia", "mediator", "partner_of_turkey"], report.Tables.Select(t => t.Category));
        Assert.All(report.Tables, t => Assert.Equal(["present", "absent"], t.Rows));
        Assert.Equal([[0, 2], [3, 1]], report.Tables[2].Counts);
        Assert.Equal(1.0, report.Tables[0].FisherP!.Value, 1e-12);
        Assert.Equal(1.0, report.Tables[1].FisherP!.Value, 1e-12);
        Assert.Equal(0.4, report.Tables[2].FisherP!.Value, 1e-12);
        Assert.All(report.Tables, t => Assert.Equal(1.0, t.PHolm!.Value, 1e-12));
    }

    // tone × period: prewar −1, −2; ukraine_war 1, 2, 0, 1. Midranks: −2→1, −1→2, 0→3, 1→4.5 (twice), 2→6;
    // rank sums 3 and 18. H = 12/42 · (9/2 + 324/4) − 21 = 3.428571; one tie of 2: C = 1 − 6/210;
    // H' = 3.529412, df = 1, p = erfc(√(H'/2)) = 0.06028917399060213.
    [Fact]
    public void Run_OrdinalDimension_AddsKruskalWallis()
    {
        var table = CrosstabAnalysis.Run(AnalysisFixture.Create(), Book.FindDimension("tone")!, DocumentField.Period).Tables.Single();

        Assert.Equal(3.5294117647058827, table.KruskalWallis!.Statistic, 1e-10);
        Assert.Equal(1, table.KruskalWallis.Df);
        Assert.Equal(0.06028917399060213, table.KruskalWallis.PValue, 1e-10);
        Assert.Equal([[1, 0], [1, 0], [0, 1], [0, 2], [0, 1]], table.Counts);
    }

    // By document: the same columns as by period here, in date order. By author: "Ann Author", "Bo Writer".
    [Fact]
    public void Run_ByAnyDocumentField_ColumnsAreItsValues()
    {
        var table = CrosstabAnalysis.Run(AnalysisFixture.Create(), Book.FindDimension("strategy")!, DocumentField.Author).Tables.Single();

        Assert.Equal(["Ann Author", "Bo Writer"], table.Columns);
    }
}
