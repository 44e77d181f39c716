namespace ContentAnalysis.Core.Codebooks;

/// <summary>One labelled point of an ordinal or interval scale.</summary>
/// <param name="Value">The numeric value a coder records (e.g. -2 … 2).</param>
/// <param name="Label">Short label, e.g. "tense".</param>
/// <param name="Definition">When this level applies.</param>
/// <param name="Examples">Anchor examples.</param>
public sealed record ScaleLevel(double Value, string Label, string? Definition, IReadOnlyList<string> Examples);
