using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Tests.Coding;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed class FrequencyAnalysisTests
{
    private static readonly ContentAnalysis.Core.Codebooks.Codebook Book = TestCodebook.Create();

    // russia_role: coded on 6 units (d1.p004 not coded, d2.p003 left uncoded); ally 2, mediator 3, partner_of_turkey 2,
    // none 1 → 2/6, 3/6, 2/6, 1/6: a multi dimension's shares sum to more than 1 and the table says so.
    [Fact]
    public void Run_MultiDimension_DenominatorIsUnitsCodedOnIt()
    {
        var table = FrequencyAnalysis.Run(AnalysisFixture.Create(), [Book.FindDimension("russia_role")!]).Single();

        Assert.Equal(6, table.Units);
        Assert.Equal(2, table.Uncoded);
        Assert.False(table.SharesSumToOne);
        Assert.Contains("do not sum to 1", table.Denominator, StringComparison.Ordinal);
        Assert.Equal(["ally_of_armenia", "mediator", "partner_of_turkey", "none"], table.Rows.Select(r => r.Value));
        Assert.Equal([2, 3, 2, 1], table.Rows.Select(r => r.Count));
        Assert.Equal(3 / 6.0, table.Rows[1].Share!.Value, 1e-12);
    }

    // strategy: 7 coded units, balancing 2, alignment 4, none 1: shares sum to 1.
    [Fact]
    public void Run_SingleDimension_SharesSumToOne()
    {
        var table = FrequencyAnalysis.Run(AnalysisFixture.Create(), [Book.FindDimension("strategy")!]).Single();

        Assert.Equal(7, table.Units);
        Assert.True(table.SharesSumToOne);
        Assert.Equal([2, 4, 1], table.Rows.Select(r => r.Count));
        Assert.Equal(1.0, table.Rows.Sum(r => r.Share!.Value), 1e-12);
    }

    // tone: "uncoded" on d1.p003 is missing; levels -2 … 2 counted 1, 1, 1, 2, 1 of 6.
    [Fact]
    public void Run_OrdinalDimension_CountsLevelsAndSkipsUncoded()
    {
        var table = FrequencyAnalysis.Run(AnalysisFixture.Create(), [Book.FindDimension("tone")!]).Single();

        Assert.Equal(6, table.Units);
        Assert.Equal(["-2", "-1", "0", "1", "2"], table.Rows.Select(r => r.Value));
        Assert.Equal([1, 1, 1, 2, 1], table.Rows.Select(r => r.Count));
    }

    // By period, in time order: prewar balancing 2, alignment 1 (of 3); ukraine_war alignment 3, none 1 (of 4).
    [Fact]
    public void Run_ByPeriod_OneTablePerPeriodInTimeOrder()
    {
        var tables = FrequencyAnalysis.Run(AnalysisFixture.Create(), [Book.FindDimension("strategy")!], DocumentField.Period);

        Assert.Equal(["prewar", "ukraine_war"], tables.Select(t => t.Group));
        Assert.Equal([3, 4], tables.Select(t => t.Units));
        Assert.Equal([2, 1, 0], tables[0].Rows.Select(r => r.Count));
        Assert.Equal([0, 3, 1], tables[1].Rows.Select(r => r.Count));
        Assert.Equal(1, tables[0].Uncoded);
    }
}
