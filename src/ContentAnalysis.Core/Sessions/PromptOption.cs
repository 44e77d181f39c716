namespace ContentAnalysis.Core.Sessions;

/// <summary>One numbered choice of a dimension prompt.</summary>
/// <param name="Number">The number the coder types (1-based).</param>
/// <param name="Value">The value recorded: a category id or a scale value.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Depth">Nesting depth of a sub-category (0 at top level).</param>
/// <param name="IsSelected">Whether the choice is part of the current (or pending) answer.</param>
public sealed record PromptOption(int Number, string Value, string Label, int Depth, bool IsSelected);
