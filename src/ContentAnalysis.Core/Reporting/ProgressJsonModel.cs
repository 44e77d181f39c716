using System.Text.Json.Serialization;

namespace ContentAnalysis.Core.Reporting;

// The JSON shape of `qcat progress`: one family of DTOs kept in one file so the shape reads in one place.

/// <summary>The top level of <c>qcat progress --format json</c>.</summary>
internal sealed record ProgressJson(string Scope, int Units, IReadOnlyList<CoderProgressJson> Coders, IReadOnlyList<DimensionAgreementJson> Agreement);

/// <summary>How far one coder has come.</summary>
internal sealed record CoderProgressJson(string Coder, int Coded, int Partial, int Remaining);

/// <summary>The running headline alpha of one dimension.</summary>
internal sealed record DimensionAgreementJson(
    string Dimension,
    string Kind,
    string Measure,
    int PairableUnits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Alpha,
    VerdictJson Verdict,
    string Note);
