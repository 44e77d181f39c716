namespace ContentAnalysis.Core.Sampling;

/// <summary>One unit of a reliability sample, with the attributes it can be stratified by.</summary>
/// <param name="Unit">Unit id.</param>
/// <param name="Document">Document id.</param>
/// <param name="Period">The unit's period (may be empty).</param>
public sealed record SampleUnit(string Unit, string Document, string Period);
