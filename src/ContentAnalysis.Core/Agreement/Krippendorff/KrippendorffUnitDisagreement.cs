namespace ContentAnalysis.Core.Agreement;

/// <summary>A unit on which the coders who coded it did not all give the same value.</summary>
/// <param name="UnitId">The unit's id.</param>
/// <param name="Values">One value label per coder (in coder order), null where the coder gave none.</param>
public sealed record KrippendorffUnitDisagreement(string UnitId, IReadOnlyList<string?> Values);
