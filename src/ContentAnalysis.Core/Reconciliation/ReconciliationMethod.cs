namespace ContentAnalysis.Core.Reconciliation;

/// <summary>How a reconciled value was decided.</summary>
public enum ReconciliationMethod
{
    /// <summary>Every coder compared recorded the same value (accepted automatically).</summary>
    Agreed,

    /// <summary>A strict majority of three or more coders recorded it (accepted automatically with <c>--majority</c>).</summary>
    Majority,

    /// <summary>The adjudicator chose one coder's coding.</summary>
    Chose,

    /// <summary>The adjudicator combined categories that different coders chose (multi dimensions).</summary>
    Combined,

    /// <summary>The adjudicator entered a value no coder recorded.</summary>
    NewValue,
}
