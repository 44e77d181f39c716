namespace ContentAnalysis.Core.Agreement;

/// <summary>How a coefficient models chance agreement p_e (Gwet 2014, ch. 2–4).</summary>
internal enum ChanceModel
{
    /// <summary>No correction: percent agreement, p_e = 0.</summary>
    None,

    /// <summary>Fleiss (1971) / Scott (1955): p_e = Σ_kl w_kl π_k π_l.</summary>
    Fleiss,

    /// <summary>Gwet (2008): p_e = T_w / (q (q − 1)) · Σ_k π_k (1 − π_k).</summary>
    Gwet,

    /// <summary>Brennan &amp; Prediger (1981): p_e = T_w / q², every category equally likely.</summary>
    Uniform,
}
