namespace ContentAnalysis.Core.Codebooks;

/// <summary>An analyst's coding agenda: dimensions, their categories or scales, and the rules for applying them.</summary>
/// <param name="Id">Stable identifier (lower-case, digits, <c>_</c> and <c>-</c>).</param>
/// <param name="Title">Human-readable title.</param>
/// <param name="Version">The analyst's version label, e.g. <c>1.2</c>.</param>
/// <param name="Description">What the codebook is for.</param>
/// <param name="Authors">Who wrote it.</param>
/// <param name="Unit">The unit of analysis.</param>
/// <param name="Dimensions">The dimensions, in codebook order.</param>
/// <param name="ContentHash">Stable hash of the codebook's meaning (see <c>docs/codebook-format.md</c>); recorded with every coding.</param>
/// <param name="SourcePath">The file it was loaded from, if any.</param>
public sealed record Codebook(
    string Id,
    string Title,
    string Version,
    string Description,
    IReadOnlyList<string> Authors,
    UnitKind Unit,
    IReadOnlyList<Dimension> Dimensions,
    string ContentHash,
    string? SourcePath = null)
{
    /// <summary>The negation window of dictionary pre-coding (YAML <c>negation:</c>), or null when the codebook has none.</summary>
    public Negation? Negation { get; init; }

    /// <summary>Finds a dimension by id, or returns null.</summary>
    public Dimension? FindDimension(string id)
    {
        foreach (var dimension in Dimensions)
        {
            if (string.Equals(dimension.Id, id, StringComparison.Ordinal))
            {
                return dimension;
            }
        }

        return null;
    }
}
