namespace ContentAnalysis.Core.Reconciliation;

/// <summary>Where a unit × dimension stands before anything is decided.</summary>
public enum ReconciliationItemStatus
{
    /// <summary>Every coder recorded the same value: accepted automatically.</summary>
    Agreed,

    /// <summary>A strict majority agrees (with <c>--majority</c> and three or more coders): accepted automatically.</summary>
    Majority,

    /// <summary>The coders differ: the adjudicator decides.</summary>
    Disagreement,

    /// <summary>Some coders have not coded it: listed, not reconciled (unless <c>--allow-incomplete</c>).</summary>
    Incomplete,
}
