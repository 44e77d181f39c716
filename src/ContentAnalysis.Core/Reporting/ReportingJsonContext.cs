using System.Text.Json.Serialization;

namespace ContentAnalysis.Core.Reporting;

/// <summary>The source-generated System.Text.Json metadata of every report DTO (snake_case names, nulls left out unless marked).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AgreementJson))]
[JsonSerializable(typeof(ProgressJson))]
[JsonSerializable(typeof(ReconciliationJson))]
[JsonSerializable(typeof(StabilityJson))]
[JsonSerializable(typeof(TrainingJson))]
internal sealed partial class ReportingJsonContext : JsonSerializerContext;
