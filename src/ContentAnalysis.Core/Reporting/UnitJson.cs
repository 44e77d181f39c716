using System.Text.Json.Serialization;

namespace ContentAnalysis.Core.Reporting;

/// <summary>One unit in <c>qcat corpus show DOC --units --format json</c>; <c>excluded</c> and <c>reason</c> only for excluded units.</summary>
internal sealed record UnitJson(
    string Unit,
    string Section,
    int Start,
    int Length,
    string Hash,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Excluded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);
