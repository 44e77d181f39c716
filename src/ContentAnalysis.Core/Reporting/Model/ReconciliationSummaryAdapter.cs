using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// The one place where the reports learn how disagreements were resolved. Reports render
/// <see cref="ReconciliationInfo.NotRecorded"/> as an author marker and never invent counts.
/// </summary>
internal static class ReconciliationSummaryAdapter
{
    /// <summary>
    /// The reconciliation counts per dimension of <paramref name="project"/>. Today no reconciliation record exists, so
    /// this returns <see cref="ReconciliationInfo.NotRecorded"/>; when <c>qcat reconcile</c> records its per-dimension
    /// summary (agreed automatically, majority, decided for each coder, combined, new value, open), map it here to
    /// <see cref="ReconciliationRow"/>s.
    /// </summary>
    public static ReconciliationInfo Summarise(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return ReconciliationInfo.NotRecorded;
    }
}
