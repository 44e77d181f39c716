namespace ContentAnalysis.Core.Sessions;

/// <summary>Identifies one cell of a coder's work: a unit and a dimension.</summary>
/// <param name="Unit">Unit id.</param>
/// <param name="Dimension">Dimension id.</param>
public readonly record struct CodingKey(string Unit, string Dimension);
