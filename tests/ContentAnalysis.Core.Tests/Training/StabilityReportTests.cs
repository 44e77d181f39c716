using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Tests.Coding;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Tests.Training;

public sealed class StabilityReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_TwoPasses_AlphaAndTimeBetweenPasses()
    {
        using var fixture = new CodingFixture();
        var codebook = TestCodebook.Create();
        string[] units = ["d1.p001", "d1.p002", "d1.p003", "d2.p001"];
        string[] first = ["balancing", "balancing", "alignment", "balancing"];
        string[] second = ["balancing", "alignment", "alignment", "balancing"];
        int[] daysLater = [10, 12, 14, 30];
        for (var i = 0; i < units.Length; i++)
        {
            fixture.Codings.Append("anna", fixture.Record("anna", units[i], "strategy", first[i]) with { Time = Start.AddHours(i) });
            fixture.Codings.Append("anna~2", fixture.Record("anna~2", units[i], "strategy", second[i]) with { Time = Start.AddHours(i).AddDays(daysLater[i]) });
        }

        var report = StabilityReport.Compute(codebook, [codebook.FindDimension("strategy")!], fixture.Codings.Load("anna"), fixture.Codings.Load("anna~2"), null, new AgreementOptions { BootstrapResamples = 0 });

        // Same pairs as TrainingResultTests: nominal alpha = 1 - 7 * 2 / 30 = 16/30.
        Assert.Equal("anna", report.Coder);
        Assert.Equal("anna~2", report.Recode);
        Assert.Equal(16.0 / 30, report.Agreement.Results[0].Report.Find(AgreementAnalyzer.HeadlineAlpha)!.Value!.Value, 12);
        Assert.Equal(4, report.PairedUnits);
        Assert.Equal(new PassSpan(Start, Start.AddHours(3)), report.First);
        Assert.Equal(new PassSpan(Start.AddDays(10), Start.AddHours(3).AddDays(30)), report.Second);

        // Intervals 10, 12, 14, 30 days: the median of an even count is the mean of the middle two, 13 days.
        Assert.Equal([10, 12, 14, 30], report.Intervals.Select(t => t.TotalDays));
        Assert.Equal(TimeSpan.FromDays(13), report.MedianInterval);
    }
}
