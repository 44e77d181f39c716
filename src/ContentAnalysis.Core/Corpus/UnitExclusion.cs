namespace ContentAnalysis.Core.Corpus;

/// <summary>A unit taken out of sampling, sessions and agreement, as recorded in <c>data/exclusions.csv</c>.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Reason">Why it is not content (e.g. <c>caption</c>, <c>byline</c>); may be empty.</param>
/// <param name="Pattern">The regular expression that selected it (<c>--matching</c>), or empty when named by id.</param>
/// <param name="Date">When it was excluded (ISO-8601 UTC).</param>
public sealed record UnitExclusion(string UnitId, string Reason, string Pattern, string Date);
