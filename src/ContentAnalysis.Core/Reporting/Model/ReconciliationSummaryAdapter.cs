using ContentAnalysis.Core.Diagnostics;
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
    /// The reconciliation counts per dimension of <paramref name="project"/>, from <see cref="ReconciliationSummary.Read(Project, string, CancellationToken)"/>
    /// (the independent coders into <c>gold</c>); <see cref="ReconciliationInfo.NotRecorded"/> when there is no <c>gold</c> journal
    /// written by <c>qcat reconcile</c>, or fewer than two independent coders to reconcile.
    /// </summary>
    public static ReconciliationInfo Summarise(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!project.Codings.IsReconciliation(ReconciliationRequest.DefaultInto) || project.Codings.IndependentCoders.Count < 2)
        {
            return ReconciliationInfo.NotRecorded;
        }

        ReconciliationSummary summary;
        try
        {
            summary = ReconciliationSummary.Read(project);
        }
        catch (InputException)
        {
            // Nothing in scope to reconcile: the report says so with its marker rather than failing.
            return ReconciliationInfo.NotRecorded;
        }

        return new ReconciliationInfo(true, [.. summary.Dimensions.Select(r => new ReconciliationRow(r.Dimension, r.Agreed, r.Majority, [.. r.ChoseCoder.Select(p => new NamedCount(p.Key, p.Value))], r.Combined, r.NewValue, r.Open))]);
    }
}
