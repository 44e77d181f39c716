namespace ContentAnalysis.Core.Analysis;

/// <summary>Diagnostic codes of <c>qcat analyze</c> (QCA7xxx), kept in one place.</summary>
public static class AnalysisDiagnostics
{
    /// <summary>No coder was named and there is no <c>gold</c> coding.</summary>
    public const string UnknownCoder = "QCA7001";

    /// <summary>A dimension asked for has the wrong kind for the analysis (a scale where categories are needed).</summary>
    public const string BadDimension = "QCA7002";

    /// <summary>A category or level asked for does not exist, names an unknown dimension, or is ambiguous across dimensions.</summary>
    public const string BadCategory = "QCA7003";

    /// <summary>A filter names a period or document the corpus does not have, or <c>--matching</c> is not a valid regular expression.</summary>
    public const string BadFilter = "QCA7004";
}
