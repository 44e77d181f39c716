using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Reconciliation;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// The one place where the reports learn how disagreements were resolved. Reports render
/// <see cref="ReconciliationInfo.NotRecorded"/> as an author marker and never invent counts.
/// </summary>
internal static class ReconciliationSummaryAdapter
{
    /// <summary>
    /// The reconciliation counts per dimension of <paramref name="project"/>, from <see cref="ReconciliationSummary.Recorded"/>
    /// (the independent coders into <c>gold</c>); <see cref="ReconciliationInfo.NotRecorded"/> when nothing is recorded.
    /// </summary>
    public static ReconciliationInfo Summarise(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return ReconciliationSummary.Recorded(project) is { } summary
            ? new ReconciliationInfo(true, [.. summary.Dimensions.Select(r => new ReconciliationRow(r.Dimension, r.Agreed, r.Majority, [.. r.ChoseCoder.Select(p => new NamedCount(p.Key, p.Value))], r.Combined, r.NewValue, r.Open))])
            : ReconciliationInfo.NotRecorded;
    }
}
