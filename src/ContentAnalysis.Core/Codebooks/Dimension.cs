namespace ContentAnalysis.Core.Codebooks;

/// <summary>One question a coder answers for every unit.</summary>
/// <param name="Id">Identifier, unique in the codebook.</param>
/// <param name="Label">Short label.</param>
/// <param name="Question">The question the coder answers.</param>
/// <param name="Kind">Single, multi, ordinal or interval.</param>
/// <param name="Required">Whether the coder must record a value (otherwise "leave uncoded" is allowed).</param>
/// <param name="Categories">Top-level categories (for single and multi dimensions).</param>
/// <param name="Levels">Scale levels in increasing order (for ordinal and interval dimensions).</param>
/// <param name="Description">Optional longer guidance for the dimension.</param>
public sealed record Dimension(
    string Id,
    string Label,
    string Question,
    DimensionKind Kind,
    bool Required,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<ScaleLevel> Levels,
    string? Description = null)
{
    /// <summary>Whether the dimension is coded with categories (single or multi) rather than a scale.</summary>
    public bool IsCategorical => Kind is DimensionKind.Single or DimensionKind.Multi;

    /// <summary>Every category including nested sub-categories, depth first in codebook order.</summary>
    public IEnumerable<Category> AllCategories()
    {
        var stack = new Stack<Category>(Categories.Reverse());
        while (stack.Count > 0)
        {
            var category = stack.Pop();
            yield return category;
            for (var i = category.Categories.Count - 1; i >= 0; i--)
            {
                stack.Push(category.Categories[i]);
            }
        }
    }

    /// <summary>Finds a category (at any depth) by id, or returns null.</summary>
    public Category? FindCategory(string id) =>
        AllCategories().FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>Finds a scale level by its value, or returns null.</summary>
    public ScaleLevel? FindLevel(double value)
    {
        foreach (var level in Levels)
        {
            if (level.Value.Equals(value))
            {
                return level;
            }
        }

        return null;
    }
}
