namespace ContentAnalysis.Core.Agreement;

/// <summary>How partial agreement between two different values counts (Gwet 2014, ch. 3).</summary>
public enum AgreementWeighting
{
    /// <summary>Only identical values agree (unweighted coefficients).</summary>
    Identity,

    /// <summary>w = 1 − |x_k − x_l| / (x_max − x_min).</summary>
    Linear,

    /// <summary>w = 1 − (x_k − x_l)² / (x_max − x_min)².</summary>
    Quadratic,

    /// <summary>w = 1 − C(|k − l| + 1, 2) / C(q, 2) on ranks.</summary>
    Ordinal,
}
