using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Core.Reporting;

/// <summary>The source-generated System.Text.Json metadata of <c>qcat autocode</c>'s JSON: snake_case names, nulls written (an undefined precision is <c>null</c>).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AutocodingSummary))]
[JsonSerializable(typeof(EvaluationJson))]
[JsonSerializable(typeof(UnitExplanation))]
internal sealed partial class AutocodingJsonContext : JsonSerializerContext
{
    /// <summary>The context with the options of the data commands' JSON.</summary>
    public static AutocodingJsonContext Types { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });
}

/// <summary>The JSON of <c>qcat autocode --evaluate</c>.</summary>
internal sealed record EvaluationJson(string Coder, string Against, IReadOnlyList<DimensionEvaluationJson> Dimensions);

/// <summary>One dimension of the evaluation.</summary>
internal sealed record DimensionEvaluationJson(string Dimension, string Kind, int Units, int NotAutocoded, AverageScores Micro, AverageScores Macro, IReadOnlyList<CategoryScoreJson> Categories);

/// <summary>One category of the evaluation.</summary>
internal sealed record CategoryScoreJson(string Category, string Label, int Tp, int Fp, int Fn, double? Precision, double? Recall, double? F1, IReadOnlyList<string> FalsePositives, IReadOnlyList<string> FalseNegatives);
