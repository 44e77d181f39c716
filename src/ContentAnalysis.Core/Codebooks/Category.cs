namespace ContentAnalysis.Core.Codebooks;

/// <summary>A category of a single or multi dimension, with its coding rules.</summary>
/// <param name="Id">Identifier, unique within its dimension (sub-categories included).</param>
/// <param name="Label">Short label.</param>
/// <param name="Definition">What the category means.</param>
/// <param name="Include">Inclusion rules: when it applies.</param>
/// <param name="Exclude">Boundary rules: when it does not, naming the confusable neighbour.</param>
/// <param name="Examples">Anchor examples: short typical passages.</param>
/// <param name="Indicators">Keywords and patterns for dictionary pre-coding.</param>
/// <param name="Color">Optional display colour (<c>#rrggbb</c> or a colour name).</param>
/// <param name="Categories">Nested sub-categories.</param>
public sealed record Category(
    string Id,
    string Label,
    string Definition,
    IReadOnlyList<string> Include,
    IReadOnlyList<BoundaryRule> Exclude,
    IReadOnlyList<string> Examples,
    Indicators Indicators,
    string? Color,
    IReadOnlyList<Category> Categories);
