namespace ContentAnalysis.Core.Agreement;

/// <summary>The distance between two sets of categories used by alpha on multi-valued dimensions.</summary>
public enum SetDistanceKind
{
    /// <summary>MASI (Passonneau 2006): 1 − J·M, J the Jaccard index, M 1/ ⅔ / ⅓ / 0 for equal / nested / overlapping / disjoint sets.</summary>
    Masi,

    /// <summary>Jaccard distance: 1 − |A ∩ B| / |A ∪ B|.</summary>
    Jaccard,
}
