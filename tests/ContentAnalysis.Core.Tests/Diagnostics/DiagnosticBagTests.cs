using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Add_PastTheLimit_KeepsTheFirstOfEachCodeAndCountsTheRest()
    {
        var bag = new DiagnosticBag(limitPerCode: 2);
        for (var line = 1; line <= 5; line++)
        {
            bag.Error("QCA3004", $"unknown unit {line}", "in.csv", line);
        }

        bag.Warning("QCA3008", "other codebook", "in.csv", 9);

        Assert.Equal((5, 1, 3), (bag.ErrorCount, bag.WarningCount, bag.Count));
        Assert.False(bag.WillKeep("QCA3004"));
        Assert.True(bag.WillKeep("QCA3008"));
        Assert.Equal(
            [
                "in.csv(1): error QCA3004: unknown unit 1",
                "in.csv(2): error QCA3004: unknown unit 2",
                "in.csv(9): warning QCA3008: other codebook",
                "in.csv: error QCA3004: 3 more errors of this code not shown (the first 2 are listed above; fix them and run again)",
            ],
            bag.Sorted().Select(d => d.ToString()));
        Assert.Equal((5, 1), DiagnosticBag.Tally(bag.Sorted()));
    }

    [Fact]
    public void Add_SummaryFromAnotherBag_AddsItsCount()
    {
        var inner = new DiagnosticBag(limitPerCode: 1);
        inner.Error("QCA3001", "bad line", "a.csv", 1);
        inner.Error("QCA3001", "bad line", "a.csv", 2);
        inner.Error("QCA3001", "bad line", "b.csv", 3);
        var outer = new DiagnosticBag(limitPerCode: 1);
        outer.AddRange(inner.Sorted());

        Assert.Equal(3, outer.ErrorCount);
        var summary = outer.Sorted()[^1];
        Assert.Equal((2, null, "2 more errors of this code not shown"), (summary.Omitted, summary.File, summary.Message));
    }

    [Fact]
    public void Bound_ManyDiagnostics_DefaultLimitInOrder()
    {
        var many = Enumerable.Range(1, 100).Select(i => Diagnostic.Warning("QCA2003", $"w{i}", "f", 101 - i));
        var bounded = DiagnosticBag.Bound(many);
        Assert.Equal(DiagnosticBag.DefaultLimitPerCode + 1, bounded.Count);
        Assert.Equal("w1", bounded[0].Message);
        Assert.Equal(80, bounded[^1].Omitted);
    }
}
