using System.Globalization;
using ContentAnalysis.Core.Agreement;
using CsvHelper;

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
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var result in results.Results)
            {
                var report = result.Report;
                foreach (var c in report.Coefficients)
                {
                    csv.WriteRecord(
                    [
                        report.Subject, c.Name, ReportNumbers.Exact(c.Value), ReportNumbers.Exact(c.StandardError), ReportNumbers.Exact(c.CiLow), ReportNumbers.Exact(c.CiHigh),
                        ReportNumbers.Exact(c.PValue), ReportNumbers.Exact(c.QBelow800), ReportNumbers.Exact(c.QBelow667),
                        ReportNumbers.Invariant(report.Units), ReportNumbers.Invariant(report.PairableUnits), ReportNumbers.Invariant(report.Coders.Count), c.Note ?? string.Empty,
                        result.Verdict.Key,
                    ]);
                }
            }
        }

        return text.ToString();
    }
}
