using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes agreement results as CSV: one row per subject and coefficient (see README, "qcat agree"). The details
/// (matrices, coder pairs, units) have no rectangular form; callers offer JSON or Markdown for them.
/// </summary>
public static class AgreementCsvWriter
{
    private static readonly string[] Header = ["subject", "coefficient", "value", "se", "ci_low", "ci_high", "p_value", "q_below_800", "q_below_667", "units", "pairable_units", "coders", "note", "verdict"];

    /// <summary>The CSV text, header first.</summary>
    public static string ToCsv(AgreementResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        // Through CsvExport, so cells a spreadsheet would read as formulas are neutralised like every other CSV.
        return CsvExport.Format(Header, results.Results.SelectMany(result => result.Report.Coefficients.Select(c => new[]
        {
            result.Report.Subject, c.Name, ReportNumbers.Exact(c.Value), ReportNumbers.Exact(c.StandardError), ReportNumbers.Exact(c.CiLow), ReportNumbers.Exact(c.CiHigh),
            ReportNumbers.Exact(c.PValue), ReportNumbers.Exact(c.QBelow800), ReportNumbers.Exact(c.QBelow667),
            ReportNumbers.Invariant(result.Report.Units), ReportNumbers.Invariant(result.Report.PairableUnits), ReportNumbers.Invariant(result.Report.Coders.Count), c.Note ?? string.Empty,
            result.Verdict.Key,
        })));
    }
}
