namespace ContentAnalysis.Core.Sessions;

/// <summary>A codebook entry shown on request: definition, rules and anchor examples.</summary>
/// <param name="Title">Number, label and id of the category or scale level.</param>
/// <param name="Definition">What it means.</param>
/// <param name="Include">When it applies.</param>
/// <param name="Exclude">When it does not (boundary rules, with the neighbour to use instead).</param>
/// <param name="Examples">Anchor examples.</param>
public sealed record HelpEntry(string Title, string Definition, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, IReadOnlyList<string> Examples);
