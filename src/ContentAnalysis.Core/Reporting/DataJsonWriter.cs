using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes the JSON of the data commands (check, corpus show, codebook validate, analyze); each text ends with a newline.</summary>
public static class DataJsonWriter
{
    /// <summary><c>qcat check</c>: the counts, the tally and every finding.</summary>
    public static string Check(IntegrityReport report, IReadOnlyList<Diagnostic> findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        var (errors, warnings) = DiagnosticBag.Tally(findings);
        var json = new CheckJson(
            report.Documents, report.Units, report.Coders, report.Codings, errors, warnings,
            [.. findings.Select(f => new FindingJson(f.Code, Severity(f), f.Message, f.File, f.Line, f.Hint))]);
        return Serialize(json, DataJsonContext.Types.CheckJson);
    }

    /// <summary><c>qcat corpus show DOC --format json</c>: a document's metadata, unit count and text.</summary>
    public static string Document(CorpusDocument document, int units, string text)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Metadata;
        var json = new DocumentJson(meta.Id, meta.Title, meta.Author, meta.Source, meta.Date, meta.Period, document.UnitKind, units, text);
        return Serialize(json, DataJsonContext.Types.DocumentJson);
    }

    /// <summary><c>qcat corpus show DOC --units --format json</c>: every unit with its text; excluded units say so and why.</summary>
    public static string Units(IReadOnlyList<TextUnit> units, string text, UnitExclusions exclusions)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(exclusions);
        List<UnitJson> json =
        [
            .. units.Select(u => exclusions.Find(u.Id) is { } e
                ? new UnitJson(u.Id, u.Section, u.Start, u.Length, u.Hash, u.TextIn(text), true, e.Reason)
                : new UnitJson(u.Id, u.Section, u.Start, u.Length, u.Hash, u.TextIn(text), false, null)),
        ];
        return Serialize(json, DataJsonContext.Types.ListUnitJson);
    }

    /// <summary><c>qcat codebook validate --format json</c>: one object per file (its display path and load result).</summary>
    public static string CodebookValidation(IEnumerable<(string File, CodebookLoadResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        List<CodebookValidationJson> json =
        [
            .. results.Select(r =>
            {
                var (errors, warnings) = DiagnosticBag.Tally(r.Result.Diagnostics);
                return new CodebookValidationJson(
                    r.File, r.Result.Codebook?.ContentHash, errors, warnings,
                    [.. r.Result.Diagnostics.Select(d => new CodebookDiagnosticJson(d.Code, Severity(d), d.Message, d.File, d.Line, d.Column, d.Hint))]);
            }),
        ];
        return Serialize(json, DataJsonContext.Types.ListCodebookValidationJson);
    }

    /// <summary><c>qcat analyze freq --format json</c>.</summary>
    public static string Frequencies(string coder, IReadOnlyList<FrequencyTable> tables) =>
        Serialize(new FrequencyJson(coder, tables), DataJsonContext.Types.FrequencyJson);

    /// <summary><c>qcat analyze segments --format json</c>.</summary>
    public static string Segments(string coder, string query, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Serialize(new SegmentsJson(coder, query, segments.Count, segments), DataJsonContext.Types.SegmentsJson);
    }

    /// <summary><c>qcat analyze cooccur --format json</c>.</summary>
    public static string Cooccurrence(string coder, IReadOnlyList<CooccurrencePair> pairs) =>
        Serialize(new CooccurrenceJson(coder, pairs), DataJsonContext.Types.CooccurrenceJson);

    /// <summary><c>qcat analyze crosstab --format json</c>: the report as it is.</summary>
    public static string Crosstab(CrosstabReport report) => Serialize(report, DataJsonContext.Types.CrosstabReport);

    private static string Severity(Diagnostic d) => d.IsError ? "error" : "warning";

    internal static string Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type) + "\n";

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
