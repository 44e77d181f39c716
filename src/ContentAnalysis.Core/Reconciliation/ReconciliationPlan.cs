using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>Every unit × dimension in scope, classified, with the target journal as it stands (see <see cref="ReconciliationPlanner"/>).</summary>
public sealed class ReconciliationPlan
{
    internal ReconciliationPlan(ReconciliationRequest request, IReadOnlyList<string> coders, Codebook codebook, IReadOnlyList<Dimension> dimensions, string scope, IReadOnlyList<ReconciliationItem> items, CoderCodings gold, IReadOnlyList<Diagnostic> warnings)
    {
        Request = request;
        Coders = coders;
        Codebook = codebook;
        Dimensions = dimensions;
        Scope = scope;
        Items = items;
        Gold = gold;
        Warnings = warnings;
    }

    /// <summary>The request.</summary>
    public ReconciliationRequest Request { get; }

    /// <summary>The coders, resolved, in the order named.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>The target journal's coder name.</summary>
    public string Into => Request.Into;

    /// <summary>The codebook.</summary>
    public Codebook Codebook { get; }

    /// <summary>The dimensions in scope, in codebook order.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>The units in scope, said in words (<c>all units</c> or <c>sample 'NAME'</c>).</summary>
    public string Scope { get; }

    /// <summary>Every unit × dimension in scope that at least one coder coded, in corpus and codebook order.</summary>
    public IReadOnlyList<ReconciliationItem> Items { get; }

    /// <summary>The target journal as it stands.</summary>
    public CoderCodings Gold { get; }

    /// <summary>Warnings from reading the journals (e.g. a cut-off last line).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Agreements (and majorities) not yet in the target journal: accepted automatically.</summary>
    public IReadOnlyList<ReconciliationItem> ToAccept => [.. Items.Where(i => !i.IsDecided && i.Accepted is not null)];

    /// <summary>Disagreements not yet decided, for the adjudicator.</summary>
    public IReadOnlyList<ReconciliationItem> ToDecide => [.. Items.Where(i => !i.IsDecided && i.Status == ReconciliationItemStatus.Disagreement)];

    /// <summary>Units × dimensions some coders have not coded (not reconciled without <c>--allow-incomplete</c>).</summary>
    public IReadOnlyList<ReconciliationItem> Incomplete => [.. Items.Where(i => !i.IsDecided && i.Status == ReconciliationItemStatus.Incomplete)];
}
