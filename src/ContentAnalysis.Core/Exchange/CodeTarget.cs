namespace ContentAnalysis.Core.Exchange;

/// <summary>What a REFI-QDA code stands for in qcat: a value (category id or level value) of a dimension.</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Value">The category id or the level value as qcat writes it.</param>
internal sealed record CodeTarget(string Dimension, string Value);
