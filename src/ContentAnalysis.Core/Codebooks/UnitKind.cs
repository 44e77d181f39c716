namespace ContentAnalysis.Core.Codebooks;

/// <summary>The unit of analysis a codebook is written for.</summary>
public enum UnitKind
{
    /// <summary>A paragraph (blank-line separated block).</summary>
    Paragraph,

    /// <summary>A sentence.</summary>
    Sentence,

    /// <summary>A whole document.</summary>
    Document,
}
