namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Krippendorff's alpha for multi-valued (set) dimensions: the values are the distinct sets the
/// coders assigned and the difference between two sets is a set distance (MASI after Passonneau
/// 2006, or Jaccard), used as δ²_ck in the coincidence formulas of Krippendorff (2011). Per-category
/// binary alphas show which category is coded unreliably.
/// </summary>
public static class KrippendorffSetAlpha
{
    /// <summary>The name key of set alpha with a distance, e.g. <c>krippendorff_alpha_masi</c>.</summary>
    public static string NameFor(SetDistanceKind kind) => kind switch
    {
        SetDistanceKind.Masi => "krippendorff_alpha_masi",
        SetDistanceKind.Jaccard => "krippendorff_alpha_jaccard",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown set distance."),
    };

    /// <summary>Alpha over sets with the given set distance.</summary>
    public static AgreementEstimate Compute(SetReliabilityData data, SetDistanceKind kind) => Analyze(data, kind).Estimate;

    /// <summary>Alpha over sets with its coincidence matrix (values labelled <c>{a, b}</c>).</summary>
    public static KrippendorffAnalysis Analyze(SetReliabilityData data, SetDistanceKind kind)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = NameFor(kind);
        var (values, sets) = data.ToDistinctSets();
        var size = sets.Count;
        var delta = new double[(long)size * size];
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                delta[(c * size) + k] = SetDistance.Between(kind, sets[c], sets[k]);
            }
        }

        return KrippendorffAlpha.Finish(name, CoincidenceMatrix.Build(values), delta);
    }

    /// <summary>
    /// For every category, nominal alpha of its present/absent matrix
    /// (<see cref="SetReliabilityData.ForCategory"/>), in category order. A category that no
    /// coder (or every coder everywhere) used is undefined with the reason.
    /// </summary>
    public static IReadOnlyDictionary<string, AgreementEstimate> PerCategory(SetReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new Dictionary<string, AgreementEstimate>(StringComparer.Ordinal);
        for (var category = 0; category < data.Categories.Count; category++)
        {
            result[data.Categories[category]] = KrippendorffAlpha.Compute(data.ForCategory(category), LevelOfMeasurement.Nominal);
        }

        return result;
    }
}
