namespace ContentAnalysis.Core.Training;

/// <summary>What changed in a codebook between two training rounds.</summary>
public enum CodebookChangeKind
{
    /// <summary>A dimension was added.</summary>
    DimensionAdded,

    /// <summary>A dimension was removed.</summary>
    DimensionRemoved,

    /// <summary>A dimension's question or description was reworded.</summary>
    DimensionReworded,

    /// <summary>A category (or scale level) was added.</summary>
    CategoryAdded,

    /// <summary>A category (or scale level) was removed.</summary>
    CategoryRemoved,

    /// <summary>A category's (or scale level's) definition changed.</summary>
    DefinitionChanged,

    /// <summary>A category's inclusion or exclusion rules or anchor examples changed (its definition did not).</summary>
    RulesChanged,
}
