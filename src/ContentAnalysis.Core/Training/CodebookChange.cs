namespace ContentAnalysis.Core.Training;

/// <summary>One change between two codebook versions.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Category">The category id (a scale level's value), or null for a change to the dimension itself.</param>
public sealed record CodebookChange(CodebookChangeKind Kind, string Dimension, string? Category)
{
    /// <summary>The change in words, e.g. <c>russia_role/mediator: definition changed</c>.</summary>
    public string Description => (Category is null ? Dimension : $"{Dimension}/{Category}") + ": " + Kind switch
    {
        CodebookChangeKind.DimensionAdded => "dimension added",
        CodebookChangeKind.DimensionRemoved => "dimension removed",
        CodebookChangeKind.DimensionReworded => "question or description reworded",
        CodebookChangeKind.CategoryAdded => "category added",
        CodebookChangeKind.CategoryRemoved => "category removed",
        CodebookChangeKind.DefinitionChanged => "definition changed",
        _ => "rules or examples changed",
    };
}
