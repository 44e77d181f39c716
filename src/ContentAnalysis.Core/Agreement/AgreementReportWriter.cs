using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Agreement;

/// <summary>Writes agreement reports as JSON, CSV or Markdown for scripts and documents (see README, "qcat agree").</summary>
public static class AgreementReportWriter
{
    private static readonly string[] CsvHeader = ["subject", "coefficient", "value", "se", "ci_low", "ci_high", "p_value", "q_below_800", "q_below_667", "units", "pairable_units", "coders", "note"];

    /// <summary>
    /// JSON: one object <c>{units, pairable_units, coders, coder_names, level, coefficients}</c> with coefficients keyed
    /// by name, each <c>{value, se?, ci_low?, ci_high?, p_value?, q_below_800?, q_below_667?, note?}</c>;
    /// for several reports, <c>{"results": [ {subject, …}, … ]}</c>.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <param name="details">Diagnostics per report (same order; null for none), written under <c>details</c>.</param>
    public static string ToJson(IReadOnlyList<AgreementReport> reports, IReadOnlyList<AgreementDetails?>? details = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (reports.Count == 1)
            {
                WriteReport(json, reports[0], details?.ElementAtOrDefault(0));
            }
            else
            {
                json.WriteStartObject();
                json.WriteStartArray("results");
                for (var i = 0; i < reports.Count; i++)
                {
                    WriteReport(json, reports[i], details?.ElementAtOrDefault(i));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>CSV: one row per report and coefficient.</summary>
    public static string ToCsv(IReadOnlyList<AgreementReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return CsvExport.Format(CsvHeader, reports.SelectMany(report => report.Coefficients.Select(c => new[]
        {
            report.Subject, c.Name, Number(c.Value), Number(c.StandardError), Number(c.CiLow), Number(c.CiHigh),
            Number(c.PValue), Number(c.QBelow800), Number(c.QBelow667),
            Invariant(report.Units), Invariant(report.PairableUnits), Invariant(report.Coders.Count), c.Note ?? string.Empty,
        })));
    }

    /// <summary>Markdown: a table per report, values to three decimals.</summary>
    public static string ToMarkdown(IReadOnlyList<AgreementReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var md = new StringBuilder();
        foreach (var report in reports)
        {
            md.Append(CultureInfo.InvariantCulture, $"### {report.Subject}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{report.Units} units ({report.PairableUnits} pairable), {report.Coders.Count} coders ({string.Join(", ", report.Coders)}), level: {report.Level.ToString().ToLowerInvariant()}\n\n");
            md.Append("| coefficient | value | SE | 95% CI | p | note |\n|---|---:|---:|---|---:|---|\n");
            foreach (var c in report.Coefficients)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {c.Name} | {Fixed(c.Value)} | {Fixed(c.StandardError)} | {Interval(c)} | {PValue(c.PValue)} | {Escape(c.Note)} |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    /// <summary>A value to three decimals, or an em dash when absent.</summary>
    public static string Fixed(double? value) => value.HasValue ? value.Value.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    /// <summary>The 95% interval as <c>[low, high]</c>, or empty.</summary>
    public static string Interval(AgreementEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.CiLow.HasValue && estimate.CiHigh.HasValue ? $"[{Fixed(estimate.CiLow)}, {Fixed(estimate.CiHigh)}]" : string.Empty;
    }

    /// <summary>A p-value as journals print it (<c>&lt; .001</c> for tiny ones).</summary>
    public static string PValue(double? p) =>
        p is null ? string.Empty : p < 0.001 ? "< .001" : p.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteReport(Utf8JsonWriter json, AgreementReport report, AgreementDetails? details)
    {
        json.WriteStartObject();
        json.WriteString("subject", report.Subject);
        json.WriteNumber("units", report.Units);
        json.WriteNumber("pairable_units", report.PairableUnits);
        json.WriteNumber("coders", report.Coders.Count);
        json.WriteStartArray("coder_names");
        foreach (var coder in report.Coders)
        {
            json.WriteStringValue(coder);
        }

        json.WriteEndArray();
        json.WriteString("level", report.Level.ToString().ToLowerInvariant());
        json.WriteStartObject("coefficients");
        foreach (var c in report.Coefficients)
        {
            json.WriteStartObject(c.Name);
            if (c.Value is { } value)
            {
                json.WriteNumber("value", value);
            }
            else
            {
                json.WriteNull("value");
            }

            Optional(json, "se", c.StandardError);
            Optional(json, "ci_low", c.CiLow);
            Optional(json, "ci_high", c.CiHigh);
            Optional(json, "p_value", c.PValue);
            Optional(json, "q_below_800", c.QBelow800);
            Optional(json, "q_below_667", c.QBelow667);
            if (c.Note is not null)
            {
                json.WriteString("note", c.Note);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (details is not null)
        {
            WriteDetails(json, details);
        }

        json.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter json, AgreementDetails details)
    {
        json.WriteStartObject("details");
        var coincidences = details.Coincidences;
        json.WriteStartObject("coincidences");
        json.WriteStartArray("values");
        foreach (var value in coincidences.Values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        json.WriteStartArray("matrix");
        for (var c = 0; c < coincidences.Size; c++)
        {
            json.WriteStartArray();
            for (var k = 0; k < coincidences.Size; k++)
            {
                json.WriteNumberValue(coincidences[c, k]);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteNumber("n", coincidences.Total);
        json.WriteEndObject();
        json.WriteStartArray("confusion_matrices");
        foreach (var confusion in details.Confusions)
        {
            json.WriteStartObject();
            json.WriteString("coder_a", confusion.CoderA);
            json.WriteString("coder_b", confusion.CoderB);
            json.WriteNumber("shared_units", confusion.Total);
            json.WriteStartArray("values");
            foreach (var value in confusion.Values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
            json.WriteStartArray("matrix");
            for (var row = 0; row < confusion.Values.Count; row++)
            {
                json.WriteStartArray();
                for (var column = 0; column < confusion.Values.Count; column++)
                {
                    json.WriteNumberValue(confusion[row, column]);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("pairwise");
        foreach (var pair in details.Pairwise.Pairs)
        {
            json.WriteStartObject();
            json.WriteString("coder_a", pair.CoderA);
            json.WriteString("coder_b", pair.CoderB);
            json.WriteNumber("shared_units", pair.SharedUnits);
            NumberOrNull(json, "percent_agreement", pair.PercentAgreement);
            NumberOrNull(json, "cohen_kappa", pair.CohenKappa);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("leave_one_coder_out");
        foreach (var (coder, estimate) in details.LeaveOneCoderOut)
        {
            NumberOrNull(json, coder, estimate.Value);
        }

        json.WriteEndObject();
        json.WriteStartArray("prevalence");
        foreach (var p in details.Prevalence)
        {
            json.WriteStartObject();
            json.WriteString("value", p.Value);
            json.WriteNumber("count", p.Count);
            json.WriteNumber("share", p.Share);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("disagreements");
        foreach (var unit in details.Disagreements)
        {
            json.WriteStartObject();
            json.WriteString("unit", unit.UnitId);
            json.WriteStartArray("values");
            foreach (var value in unit.Values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string? text) => text?.Replace("|", "\\|", StringComparison.Ordinal) ?? string.Empty;
}
