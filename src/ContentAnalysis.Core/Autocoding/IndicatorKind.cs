namespace ContentAnalysis.Core.Autocoding;

/// <summary>What kind of indicator matched.</summary>
public enum IndicatorKind
{
    /// <summary>A keyword or phrase, matched on word boundaries.</summary>
    Keyword,

    /// <summary>A .NET regular expression, matched as written.</summary>
    Pattern,
}
