using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>One unit × dimension to reconcile: the coders' codings, its status and the gold value if it is already decided.</summary>
/// <param name="Unit">The unit, with its text and document.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Codings">The codings of the coders who coded it, in the order the coders were named.</param>
/// <param name="Status">Agreed, majority, disagreement or incomplete.</param>
/// <param name="Accepted">The value accepted automatically (agreed or majority), else null.</param>
/// <param name="Gold">The value already in the target journal (a resumed reconciliation skips it), else null.</param>
public sealed record ReconciliationItem(SessionUnit Unit, Dimension Dimension, IReadOnlyList<CoderCoding> Codings, ReconciliationItemStatus Status, IReadOnlyList<string>? Accepted, CodingValue? Gold)
{
    /// <summary>Whether the target journal already holds a value for this unit × dimension.</summary>
    public bool IsDecided => Gold is not null;

    /// <summary>The coders behind <see cref="Accepted"/> (all of them when agreed, the majority otherwise).</summary>
    public IReadOnlyList<string> AcceptedBy => Accepted is null ? [] : [.. Codings.Where(c => ValueKey.Of(c.Values, Dimension) == ValueKey.Of(Accepted, Dimension)).Select(c => c.Coder)];
}
