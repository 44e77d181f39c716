using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>
/// The counts of a reconciliation per dimension, read from the target journal's provenance column and the coders'
/// journals: what <c>qcat reconcile --summary</c> prints and a methods appendix reports.
/// </summary>
/// <param name="Into">The target journal's coder name.</param>
/// <param name="Coders">The coders reconciled.</param>
/// <param name="Scope">The units in scope in words (<c>all units</c>, <c>sample 'NAME'</c>).</param>
/// <param name="Dimensions">One row per dimension, in codebook order.</param>
public sealed record ReconciliationSummary(string Into, IReadOnlyList<string> Coders, string Scope, IReadOnlyList<ReconciliationSummaryRow> Dimensions)
{
    /// <summary>The rows summed over the dimensions (dimension <c>total</c>).</summary>
    public ReconciliationSummaryRow Total => new(
        "total",
        Dimensions.Sum(r => r.Agreed),
        Dimensions.Sum(r => r.Majority),
        [.. Coders.Select(c => new KeyValuePair<string, int>(c, Dimensions.Sum(r => r.ChoseCoder.FirstOrDefault(p => p.Key == c).Value)))],
        Dimensions.Sum(r => r.Combined),
        Dimensions.Sum(r => r.NewValue),
        Dimensions.Sum(r => r.Other),
        Dimensions.Sum(r => r.Open),
        Dimensions.Sum(r => r.Incomplete));

    /// <summary>
    /// The summary of reconciling the independent coders (<see cref="Coding.CodingStore.IndependentCoders"/>) into
    /// <paramref name="into"/> over every dimension and unit: the call a report makes.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="into">The target journal (default <c>gold</c>).</param>
    /// <param name="cancellationToken">Cancels reading the journals.</param>
    /// <exception cref="InputException">Fewer than two independent coders, or a journal cannot be read.</exception>
    public static ReconciliationSummary Read(Project project, string into = ReconciliationRequest.DefaultInto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Read(project, new ReconciliationRequest(project.Codings.IndependentCoders) { Into = into }, cancellationToken);
    }

    /// <summary>
    /// The summary of what <c>qcat reconcile</c> recorded in <paramref name="into"/>, or null when nothing is recorded:
    /// no such journal written by <c>qcat reconcile</c>, fewer than two independent coders, or nothing in scope. The one
    /// rule by which the demo and the reports decide whether there are reconciliation counts to show.
    /// </summary>
    public static ReconciliationSummary? Recorded(Project project, string into = ReconciliationRequest.DefaultInto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!project.Codings.IsReconciliation(into) || project.Codings.IndependentCoders.Count < 2)
        {
            return null;
        }

        try
        {
            return Read(project, into, cancellationToken);
        }
        catch (InputException)
        {
            // Nothing in scope to reconcile: callers show that nothing is recorded rather than failing.
            return null;
        }
    }

    /// <summary>The summary for an explicit request (coders, dimensions, sample, majority as given to <c>qcat reconcile</c>).</summary>
    /// <exception cref="InputException">The request is invalid (see <see cref="ReconciliationPlanner.Plan"/>).</exception>
    public static ReconciliationSummary Read(Project project, ReconciliationRequest request, CancellationToken cancellationToken = default) =>
        Of(ReconciliationPlanner.Plan(project, request, cancellationToken));

    /// <summary>The summary of a plan: the target journal's values by provenance, and what is still open.</summary>
    public static ReconciliationSummary Of(ReconciliationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new List<ReconciliationSummaryRow>();
        foreach (var dimension in plan.Dimensions)
        {
            var items = plan.Items.Where(i => i.Dimension.Id == dimension.Id).ToList();
            var methods = items.Where(i => i.Gold is not null).Select(i => ReconciliationProvenance.Parse(i.Gold!.Provenance)).ToList();
            int Count(ReconciliationMethod method) => methods.Count(m => m?.Method == method);
            rows.Add(new ReconciliationSummaryRow(
                dimension.Id,
                Count(ReconciliationMethod.Agreed),
                Count(ReconciliationMethod.Majority),
                [.. plan.Coders.Select(c => new KeyValuePair<string, int>(c, methods.Count(m => m?.Method == ReconciliationMethod.Chose && m.Coder == c)))],
                Count(ReconciliationMethod.Combined),
                Count(ReconciliationMethod.NewValue),
                methods.Count(m => m is null || (m.Method == ReconciliationMethod.Chose && !plan.Coders.Contains(m.Coder!, StringComparer.Ordinal))),
                items.Count(i => !i.IsDecided && i.Status != ReconciliationItemStatus.Incomplete),
                items.Count(i => !i.IsDecided && i.Status == ReconciliationItemStatus.Incomplete)));
        }

        return new ReconciliationSummary(plan.Into, plan.Coders, plan.Scope, rows);
    }
}
