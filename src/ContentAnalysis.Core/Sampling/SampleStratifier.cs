namespace ContentAnalysis.Core.Sampling;

/// <summary>How the population is divided before units are drawn.</summary>
public enum SampleStratifier
{
    /// <summary>One stratum: a simple random sample.</summary>
    None,

    /// <summary>One stratum per document.</summary>
    Document,

    /// <summary>One stratum per period.</summary>
    Period,
}
