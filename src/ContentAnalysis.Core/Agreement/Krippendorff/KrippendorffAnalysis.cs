namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Everything behind one Krippendorff's alpha: the estimate, the coincidence matrix it came from
/// and the observed and expected disagreement (alpha = 1 − D_o/D_e), for reports and diagnostics.
/// </summary>
/// <param name="Estimate">The coefficient, or an undefined estimate with the reason.</param>
/// <param name="Coincidences">The observed coincidence matrix o_ck with marginals n_c and total n.</param>
/// <param name="ObservedDisagreement">D_o = Σ o_ck δ²_ck / n, or null when no value is pairable.</param>
/// <param name="ExpectedDisagreement">D_e = Σ n_c n_k δ²_ck / (n (n − 1)), or null when no value is pairable.</param>
public sealed record KrippendorffAnalysis(
    AgreementEstimate Estimate,
    CoincidenceMatrix Coincidences,
    double? ObservedDisagreement,
    double? ExpectedDisagreement)
{
    /// <summary>δ²_ck row-major, kept for the bootstrap.</summary>
    internal double[] DeltaSquared { get; init; } = [];
}
