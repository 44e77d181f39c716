using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Reporting;

public static partial class ReportModelBuilder
{
    /// <summary>The training rounds of <paramref name="layout"/>, as the appendix reports them (<see cref="TrainingInfo.NotRecorded"/> when none).</summary>
    /// <exception cref="Diagnostics.InputException">The rounds table is malformed.</exception>
    internal static TrainingInfo Training(ProjectLayout layout)
    {
        var history = TrainingHistory.Read(layout);
        if (history.Rounds.Count == 0)
        {
            return TrainingInfo.NotRecorded;
        }

        return new TrainingInfo(
            true,
            history.Rounds.Count,
            [.. history.Rounds.Select(r => r.Reference).Distinct(StringComparer.Ordinal)],
            [.. history.Coders.Select(c => new TraineeInfo(c, history.RoundsOf(c), [.. history.Rounds.Last(r => r.Coder == c).Dimensions.Select(d => new TrainingAlphaInfo(d.Dimension, d.PairableUnits, d.Alpha, d.PercentAgreement))]))],
            TrainingReportWriter.Revisions(history));
    }
}
