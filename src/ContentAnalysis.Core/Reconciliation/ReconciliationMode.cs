namespace ContentAnalysis.Core.Reconciliation;

/// <summary>What a reconciliation session expects next.</summary>
public enum ReconciliationMode
{
    /// <summary>A coder's number and Enter, or <c>c</c>, <c>v</c>, <c>m</c>, <c>s</c>, <c>q</c>.</summary>
    Choosing,

    /// <summary>After <c>c</c> or <c>v</c>: the value being put together (numbers, Enter, <c>n</c>, <c>x</c>, Escape).</summary>
    Value,

    /// <summary>After <c>m</c>: a line of text, the reason of the next decision.</summary>
    Reason,

    /// <summary>Every disagreement is decided or skipped.</summary>
    Done,

    /// <summary>The adjudicator quit.</summary>
    Quit,
}
