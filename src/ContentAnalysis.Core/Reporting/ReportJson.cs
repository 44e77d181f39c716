using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Serialises report DTOs: indented, "\n" line ends, non-ASCII letters kept as they are, a final newline.</summary>
internal static class ReportJson
{
    private static readonly ReportingJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });

    /// <summary>The context whose type metadata carries the options above.</summary>
    public static ReportingJsonContext Types => Context;

    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type) + "\n";

    /// <summary>A finite number, or null (JSON has no NaN).</summary>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
