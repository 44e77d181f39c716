using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Sessions;

/// <summary>A codebook entry shown on request: definition, rules and anchor examples of one choice.</summary>
/// <param name="Number">The choice's number.</param>
/// <param name="Label">The category's or scale level's label.</param>
/// <param name="Value">The category id, or the scale value in invariant culture.</param>
/// <param name="Definition">What it means.</param>
/// <param name="Include">When it applies.</param>
/// <param name="Exclude">When it does not (boundary rules, with the neighbour to use instead).</param>
/// <param name="Examples">Anchor examples.</param>
public sealed record HelpEntry(int Number, string Label, string Value, string Definition, IReadOnlyList<string> Include, IReadOnlyList<BoundaryRule> Exclude, IReadOnlyList<string> Examples);
