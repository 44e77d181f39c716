namespace ContentAnalysis.Core.Agreement;

/// <summary>What the alpha bootstrap resamples.</summary>
public enum BootstrapMethod
{
    /// <summary>
    /// Pairs of values drawn from the coincidence matrix with the expected disagreement held fixed, at most 25 per
    /// non-empty cell (Hayes &amp; Krippendorff 2007; KALPHA): the published default.
    /// </summary>
    Pairs,

    /// <summary>
    /// Units drawn with replacement, each with all its values, alpha recomputed in full for every resample
    /// (the nonparametric bootstrap of Zapf et al. 2016): reflects the variation between units.
    /// </summary>
    Units,
}
