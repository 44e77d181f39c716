using System.Globalization;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes <c>qcat progress</c> as JSON or CSV, and gives the rows the CLI's tables print.</summary>
public static class ProgressWriter
{
    private static readonly string[] CsvHeader = ["section", "subject", "coded", "partial", "remaining", "measure", "pairable_units", "alpha", "verdict", "note"];

    /// <summary>The header of <see cref="CoderRows"/>.</summary>
    public static IReadOnlyList<string> CoderHeader { get; } = ["coder", "coded", "partial", "remaining"];

    /// <summary>The header of <see cref="AlphaRows"/>.</summary>
    public static IReadOnlyList<string> AlphaHeader { get; } = ["dimension", "kind", "alpha of", "pairable units", "alpha", "verdict", "note"];

    /// <summary>Says under the table what the verdicts rest on (progress runs no bootstrap).</summary>
    public const string VerdictBasis = "verdicts rest on the point estimate only (no bootstrap); qcat agree adds the 95% CI and q(α<.800)";

    /// <summary>The JSON text: <c>{scope, units, coders: [...], agreement: [...]}</c>, with a final newline.</summary>
    public static string ToJson(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new ProgressJson(
            report.Scope,
            report.Units,
            [.. report.Coders.Select(c => new CoderProgressJson(c.Coder, c.Coded, c.Partial, c.Remaining))],
            [.. report.Agreement.Select(a => new DimensionAgreementJson(a.Dimension, a.Kind, a.Measure, a.PairableUnits, ReportJson.Finite(a.Value), AgreementJsonWriter.Verdict(a.Verdict), a.Note))]);
        return ReportJson.Serialize(json, ReportJson.Types.ProgressJson);
    }

    /// <summary>The CSV text: one table, coder rows first, then dimension rows, told apart by the <c>section</c> column.</summary>
    public static string ToCsv(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return CsvExport.Format(CsvHeader, CsvRows(report));
    }

    private static List<string[]> CsvRows(ProgressReport report) =>
        [
            .. report.Coders.Select(c => new[] { "coder", c.Coder, Int(c.Coded), Int(c.Partial), Int(c.Remaining), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty }),
            .. report.Agreement.Select(a => new[] { "alpha", a.Dimension, string.Empty, string.Empty, string.Empty, a.Measure, Int(a.PairableUnits), ReportNumbers.Exact(a.Value), a.Verdict.Key, a.Note }),
        ];

    /// <summary>One row per coder for a table.</summary>
    public static List<string[]> CoderRows(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Coders.Select(c => new[] { c.Coder, Int(c.Coded), Int(c.Partial), Int(c.Remaining) })];
    }

    /// <summary>One row per dimension for a table (alpha to three decimals).</summary>
    public static List<string[]> AlphaRows(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Agreement.Select(a => new[] { a.Dimension, a.Kind, a.Measure, Int(a.PairableUnits), ReportNumbers.Fixed(a.Value), a.Verdict.Label, a.Note })];
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
