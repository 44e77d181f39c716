namespace ContentAnalysis.Core.Agreement;

/// <summary>What Krippendorff's (2004, ch. 11) standards say about one alpha (see <see cref="ReliabilityVerdict"/>).</summary>
public enum ReliabilityVerdictKind
{
    /// <summary>α ≥ .800 and, with a bootstrap, q(α &lt; .800) below the significance.</summary>
    Reliable,

    /// <summary>The point estimate is ≥ .800 but the bootstrap leaves too much probability below .800.</summary>
    NotEstablished,

    /// <summary>.667 ≤ α &lt; .800: tentative conclusions only.</summary>
    Tentative,

    /// <summary>α &lt; .667.</summary>
    Unreliable,

    /// <summary>Fewer than <see cref="ReliabilityVerdict.MinimumPairableUnits"/> pairable units, whatever alpha says.</summary>
    TooFewUnits,

    /// <summary>Alpha is undefined for the data (or was not computed).</summary>
    Undefined,
}
