using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes <c>qcat agree --spans</c> results: one row per dimension and coefficient (<c>u_alpha</c>,
/// <c>binary_u_alpha</c>, <c>cu_alpha</c>) and per category (<c>k_u_alpha</c>), as CSV, Markdown or JSON.
/// </summary>
public static class SpanAgreementWriter
{
    /// <summary>The variant computed, named in every output.</summary>
    public const string Variant = "Krippendorff, Mathet, Bouvry & Widlöcher (2016) uα family (Krippendorff 2019, §12.6), nominal, on the code-point continuum";

    /// <summary>The columns of <see cref="Rows"/>.</summary>
    public static IReadOnlyList<string> Header { get; } = ["dimension", "coefficient", "category", "value", "coverage", "spans", "coders", "length"];

    /// <summary>The rows: per dimension its three coefficients, then one <c>k_u_alpha</c> row per category; empty value where not defined.</summary>
    public static IEnumerable<string[]> Rows(SpanAgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var d in report.Dimensions)
        {
            var r = d.Result;
            string[] common = [Count(r.Units), Count(r.Coders), r.Length.ToString(CultureInfo.InvariantCulture)];
            yield return [d.Dimension, "u_alpha", string.Empty, Number(r.Alpha), string.Empty, .. common];
            yield return [d.Dimension, "binary_u_alpha", string.Empty, Number(r.BinaryAlpha), string.Empty, .. common];
            yield return [d.Dimension, "cu_alpha", string.Empty, Number(r.CodingAlpha), Number(r.Coverage), .. common];
            foreach (var v in r.Values)
            {
                yield return [d.Dimension, "k_u_alpha", v.Value, Number(v.Alpha), Number(v.Coverage), Count(v.Units), Count(r.Coders), r.Length.ToString(CultureInfo.InvariantCulture)];
            }
        }
    }

    /// <summary>The CSV text, header first (through <see cref="CsvExport"/>, so no cell reads as a formula).</summary>
    public static string ToCsv(SpanAgreementReport report) => CsvExport.Format(Header, Rows(report));

    /// <summary>A Markdown table preceded by the variant.</summary>
    public static string ToMarkdown(SpanAgreementReport report) =>
        $"Unitizing agreement: {Variant}.\n\n" + TableWriter.ToMarkdown(Header, Rows(report).Select(r => (IReadOnlyList<string>)[.. r[..3], Fixed(r[3]), Fixed(r[4]), .. r[5..]]));

    /// <summary>
    /// The JSON text: <c>{variant, dimensions: [{dimension, coders, documents, length, spans, u_alpha, binary_u_alpha,
    /// cu_alpha, cu_coverage, categories: [{category, spans, k_u_alpha, coverage}]}]}</c>; null where not defined.
    /// </summary>
    public static string ToJson(SpanAgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("variant", Variant);
            json.WriteStartArray("dimensions");
            foreach (var d in report.Dimensions)
            {
                var r = d.Result;
                json.WriteStartObject();
                json.WriteString("dimension", d.Dimension);
                json.WriteStartArray("coders");
                d.Coders.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteNumber("documents", d.Documents.Count);
                json.WriteNumber("length", r.Length);
                json.WriteNumber("spans", r.Units);
                Write(json, "u_alpha", r.Alpha);
                Write(json, "binary_u_alpha", r.BinaryAlpha);
                Write(json, "cu_alpha", r.CodingAlpha);
                Write(json, "cu_coverage", r.Coverage);
                json.WriteStartArray("categories");
                foreach (var v in r.Values)
                {
                    json.WriteStartObject();
                    json.WriteString("category", v.Value);
                    json.WriteNumber("spans", v.Units);
                    Write(json, "k_u_alpha", v.Alpha);
                    Write(json, "coverage", v.Coverage);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Fixed(string exact) =>
        exact.Length == 0 ? "—" : double.Parse(exact, CultureInfo.InvariantCulture).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
