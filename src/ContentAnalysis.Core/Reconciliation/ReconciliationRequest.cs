namespace ContentAnalysis.Core.Reconciliation;

/// <summary>What to reconcile: which coders, into which journal, over which dimensions and units.</summary>
/// <param name="Coders">The coders to reconcile (two or more, each with a journal).</param>
public sealed record ReconciliationRequest(IReadOnlyList<string> Coders)
{
    /// <summary>The default target journal.</summary>
    public const string DefaultInto = "gold";

    /// <summary>The journal the decisions go to.</summary>
    public string Into { get; init; } = DefaultInto;

    /// <summary>The dimensions (default: every dimension of the codebook).</summary>
    public IReadOnlyList<string>? Dimensions { get; init; }

    /// <summary>A sample name, or null or <c>all</c> for the whole corpus.</summary>
    public string? Sample { get; init; }

    /// <summary>Accept a strict majority of three or more coders automatically.</summary>
    public bool Majority { get; init; }

    /// <summary>Reconcile units that only some coders coded, comparing the coders who did.</summary>
    public bool AllowIncomplete { get; init; }
}
