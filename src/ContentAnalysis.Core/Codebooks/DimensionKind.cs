namespace ContentAnalysis.Core.Codebooks;

/// <summary>What a coder records for a dimension.</summary>
public enum DimensionKind
{
    /// <summary>Exactly one category (mutually exclusive categories).</summary>
    Single,

    /// <summary>Any number of categories (a set).</summary>
    Multi,

    /// <summary>One value on an ordered scale of labelled levels.</summary>
    Ordinal,

    /// <summary>One value on a scale with equal intervals and labelled levels.</summary>
    Interval,
}
