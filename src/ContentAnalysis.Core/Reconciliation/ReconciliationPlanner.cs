using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>
/// Compares the coders per unit × dimension. Two codings agree when they hold the same set of values (order
/// ignored; <c>none</c> is a value on a category dimension; <c>uncoded</c>, and <c>none</c> on a scale, are one
/// "left uncoded" value). All coders agreeing: agreed. With <see cref="ReconciliationRequest.Majority"/> and three
/// coders or more, a value more than half of them recorded: majority. Otherwise a disagreement. A unit × dimension
/// that some but not all coders coded is incomplete; with <see cref="ReconciliationRequest.AllowIncomplete"/> the
/// coders who coded it are compared instead (one coding alone is never accepted automatically).
/// </summary>
public static class ReconciliationPlanner
{
    /// <summary>Classifies every unit × dimension in scope.</summary>
    /// <exception cref="InputException">Fewer than two coders, an unknown coder, dimension or sample, an invalid or unusable target, or nothing to reconcile.</exception>
    public static ReconciliationPlan Plan(Project project, ReconciliationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var named = request.Coders.Distinct(StringComparer.Ordinal).ToList();
        if (named.Count < 2)
        {
            throw new InputException(ReconciliationDiagnostics.TooFew(named.Count));
        }

        var coders = project.Names.Coders(named);
        var store = project.Codings;
        var goldPath = store.JournalPath(request.Into);
        if (coders.Contains(request.Into, StringComparer.Ordinal))
        {
            throw new InputException(ReconciliationDiagnostics.IntoCoder(request.Into));
        }

        if (File.Exists(goldPath) && new FileInfo(goldPath).Length > 0 && !store.IsReconciliation(request.Into))
        {
            throw new InputException(ReconciliationDiagnostics.NotReconciliation(request.Into, project.Relative(goldPath)));
        }

        var codebook = project.Codebook;
        var requested = project.Names.Dimensions(request.Dimensions);
        var dimensions = codebook.Dimensions.Where(requested.Contains).ToList();
        var only = project.Names.SampleUnits(request.Sample);
        var units = SessionPlanner.Plan(project.RequireUnits(), only, null, SessionOrder.Document, 0);
        var codings = coders.Select(c => store.Load(c, cancellationToken)).ToList();
        var gold = store.Load(request.Into, cancellationToken);
        var items = new List<ReconciliationItem>();
        foreach (var unit in units)
        {
            foreach (var dimension in dimensions)
            {
                var present = codings.Select(c => (c.Coder, Value: c.Get(unit.Id, dimension.Id)))
                    .Where(p => p.Value is not null)
                    .Select(p => new CoderCoding(p.Coder, p.Value!.Values, p.Value.Memo))
                    .ToList();
                if (present.Count > 0)
                {
                    items.Add(Classify(unit, dimension, present, coders.Count, request, gold.Get(unit.Id, dimension.Id)));
                }
            }
        }

        var scope = only is null ? "all units" : $"sample '{request.Sample}'";
        if (items.Count == 0)
        {
            throw new InputException(ReconciliationDiagnostics.Nothing(scope));
        }

        var warnings = codings.Append(gold).SelectMany(c => c.Diagnostics).ToList();
        return new ReconciliationPlan(request, coders, codebook, dimensions, scope, items, gold, warnings);
    }

    /// <summary>Classifies one unit × dimension from the codings present (the rule in the type's summary).</summary>
    internal static ReconciliationItem Classify(SessionUnit unit, Dimension dimension, IReadOnlyList<CoderCoding> present, int coderCount, ReconciliationRequest request, CodingValue? gold)
    {
        if (present.Count < coderCount && !request.AllowIncomplete)
        {
            return new ReconciliationItem(unit, dimension, present, ReconciliationItemStatus.Incomplete, null, gold);
        }

        var groups = present.GroupBy(c => ValueKey.Of(c.Values, dimension), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
        if (present.Count >= 2 && groups.Count == 1)
        {
            return new ReconciliationItem(unit, dimension, present, ReconciliationItemStatus.Agreed, ValueKey.Stored(present[0].Values, dimension), gold);
        }

        if (request.Majority && present.Count >= 3 && groups[0].Count() * 2 > present.Count)
        {
            return new ReconciliationItem(unit, dimension, present, ReconciliationItemStatus.Majority, ValueKey.Stored(groups[0].First().Values, dimension), gold);
        }

        return new ReconciliationItem(unit, dimension, present, ReconciliationItemStatus.Disagreement, null, gold);
    }
}
