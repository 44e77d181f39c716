using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// The source-generated System.Text.Json metadata of the data commands' JSON (check, corpus show, codebook validate,
/// analyze, autocode, any table): snake_case names, nulls written (their shapes predate the report DTOs and scripts rely on them).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CheckJson))]
[JsonSerializable(typeof(DocumentJson))]
[JsonSerializable(typeof(List<UnitJson>))]
[JsonSerializable(typeof(List<CodebookValidationJson>))]
[JsonSerializable(typeof(List<Dictionary<string, object>>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(FrequencyJson))]
[JsonSerializable(typeof(SegmentsJson))]
[JsonSerializable(typeof(CooccurrenceJson))]
[JsonSerializable(typeof(CrosstabReport))]
[JsonSerializable(typeof(AutocodingSummary))]
[JsonSerializable(typeof(EvaluationJson))]
[JsonSerializable(typeof(UnitExplanation))]
internal sealed partial class DataJsonContext : JsonSerializerContext
{
    /// <summary>The context with the options every data command's JSON uses.</summary>
    public static DataJsonContext Types { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });
}

/// <summary>The JSON of <c>qcat check</c>.</summary>
internal sealed record CheckJson(int Documents, int Units, int Coders, int Codings, int Errors, int Warnings, IReadOnlyList<FindingJson> Findings);

/// <summary>One finding of <c>qcat check</c>.</summary>
internal sealed record FindingJson(string Code, string Severity, string Message, string? File, int Line, string? Hint);

/// <summary>The JSON of <c>qcat corpus show DOC</c> without <c>--units</c>.</summary>
internal sealed record DocumentJson(string Id, string Title, string Author, string Source, string Date, string Period, string UnitKind, int Units, string Text);

/// <summary>One file of <c>qcat codebook validate</c>.</summary>
internal sealed record CodebookValidationJson(string File, string? ContentHash, int Errors, int Warnings, IReadOnlyList<CodebookDiagnosticJson> Diagnostics);

/// <summary>One diagnostic of a validated codebook.</summary>
internal sealed record CodebookDiagnosticJson(string Code, string Severity, string Message, string? File, int Line, int Column, string? Hint);

/// <summary>The JSON of <c>qcat analyze freq</c>.</summary>
internal sealed record FrequencyJson(string Coder, IReadOnlyList<FrequencyTable> Tables);

/// <summary>The JSON of <c>qcat analyze segments</c>.</summary>
internal sealed record SegmentsJson(string Coder, string Query, int Count, IReadOnlyList<Segment> Segments);

/// <summary>The JSON of <c>qcat analyze cooccur</c>.</summary>
internal sealed record CooccurrenceJson(string Coder, IReadOnlyList<CooccurrencePair> Pairs);
