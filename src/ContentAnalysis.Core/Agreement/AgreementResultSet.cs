namespace ContentAnalysis.Core.Agreement;

/// <summary>Everything one agreement analysis produced, with the settings a reader needs to interpret it.</summary>
/// <param name="Results">One result per dimension (then its categories) or per spreadsheet.</param>
/// <param name="BootstrapResamples">The bootstrap resamples of the headline alpha (0 = none).</param>
/// <param name="Seed">The bootstrap seed.</param>
/// <param name="Significance">The significance of the verdicts.</param>
public sealed record AgreementResultSet(IReadOnlyList<AgreementResult> Results, int BootstrapResamples, long Seed, double Significance)
{
    /// <summary>What the bootstrap resampled (named in every output that shows an interval).</summary>
    public BootstrapMethod BootstrapMethod { get; init; }
}
