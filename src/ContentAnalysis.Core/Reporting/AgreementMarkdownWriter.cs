using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes agreement results as Markdown for documents: a table per subject, its verdict, and the details.</summary>
public static class AgreementMarkdownWriter
{
    /// <summary>Disagreeing units listed per subject; JSON lists all.</summary>
    public const int MaxDisagreementsShown = 30;

    /// <summary>Every result's table and verdict, followed by the details of those that have them.</summary>
    public static string ToMarkdown(AgreementResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var md = new StringBuilder();
        foreach (var result in results.Results)
        {
            var report = result.Report;
            md.Append(CultureInfo.InvariantCulture, $"### {report.Subject}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{report.Units} units ({report.PairableUnits} pairable), {report.Coders.Count} coders ({string.Join(", ", report.Coders)}), level: {report.Level.ToString().ToLowerInvariant()}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"verdict: **{result.Verdict.Label}** ({result.Verdict.Basis})\n\n");
            if (result.Note is not null)
            {
                md.Append(CultureInfo.InvariantCulture, $"{result.Note}\n\n");
            }

            md.Append("| coefficient | value | SE | 95% CI | p | note |\n|---|---:|---:|---|---:|---|\n");
            foreach (var c in report.Coefficients)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {c.Name} | {ReportNumbers.Fixed(c.Value)} | {ReportNumbers.Fixed(c.StandardError)} | {ReportNumbers.Interval(c)} | {ReportNumbers.PValue(c.PValue)} | {Escape(c.Note)} |\n");
            }

            md.Append('\n');
        }

        return md.Append(Details(results)).ToString();
    }

    /// <summary>The details of every result that has them (headed by the subject when there are several results).</summary>
    public static string Details(AgreementResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var md = new StringBuilder();
        foreach (var result in results.Results)
        {
            if (result.Details is { } details)
            {
                if (results.Results.Count > 1)
                {
                    md.Append(CultureInfo.InvariantCulture, $"### Details: {result.Report.Subject}\n\n");
                }

                AppendDetails(md, details);
            }
        }

        return md.ToString();
    }

    private static void AppendDetails(StringBuilder md, AgreementDetails details)
    {
        var coincidences = details.Coincidences;
        md.Append("#### Coincidence matrix (Krippendorff)\n\n");
        AppendMatrix(md, coincidences.Values, (c, k) => coincidences[c, k], coincidences.Marginal);
        md.Append(CultureInfo.InvariantCulture, $"\nn = {ReportNumbers.Short(coincidences.Total)} pairable values in {coincidences.PairableUnits} units\n\n");
        md.Append("#### Coder pairs\n\n| coder A | coder B | shared units | percent agreement | Cohen's kappa |\n|---|---|---:|---:|---:|\n");
        foreach (var pair in details.Pairwise.Pairs)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {pair.CoderA} | {pair.CoderB} | {pair.SharedUnits} | {ReportNumbers.Fixed(pair.PercentAgreement)} | {ReportNumbers.Fixed(pair.CohenKappa)} |\n");
        }

        foreach (var confusion in details.Confusions)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n#### Confusion matrix: {confusion.CoderA} (rows) × {confusion.CoderB} (columns), {confusion.Total} shared units\n\n");
            AppendMatrix(md, confusion.Values, (row, column) => confusion[row, column]);
        }

        md.Append("\n#### Alpha without each coder\n\n| coder left out | alpha |\n|---|---:|\n");
        foreach (var (coder, estimate) in details.LeaveOneCoderOut)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {coder} | {ReportNumbers.Fixed(estimate.Value)} |\n");
        }

        md.Append("\n#### Prevalence\n\n| value | ratings | share |\n|---|---:|---:|\n");
        foreach (var p in details.Prevalence)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {p.Value} | {p.Count} | {ReportNumbers.Fixed(p.Share)} |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\n#### Units where coders disagree ({details.Disagreements.Count})\n\n");
        foreach (var unit in details.Disagreements.Take(MaxDisagreementsShown))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {unit.UnitId}: {string.Join(" | ", unit.Values.Select(v => v ?? "·"))}\n");
        }

        if (details.Disagreements.Count > MaxDisagreementsShown)
        {
            md.Append(CultureInfo.InvariantCulture, $"- … and {details.Disagreements.Count - MaxDisagreementsShown} more (use --format json for all)\n");
        }

        md.Append('\n');
    }

    // A square Markdown table with the values as row and column labels, and an optional marginal column n_c.
    private static void AppendMatrix(StringBuilder md, IReadOnlyList<string> values, Func<int, int, double> cell, Func<int, double>? marginal = null)
    {
        var columns = values.Count + (marginal is null ? 0 : 1);
        md.Append("| | ").Append(string.Join(" | ", values)).Append(marginal is null ? " |\n|---|" : " | n_c |\n|---|")
            .Append(string.Concat(Enumerable.Repeat("---:|", columns))).Append('\n');
        for (var row = 0; row < values.Count; row++)
        {
            md.Append("| ").Append(values[row]);
            for (var column = 0; column < values.Count; column++)
            {
                md.Append(" | ").Append(ReportNumbers.Short(cell(row, column)));
            }

            if (marginal is not null)
            {
                md.Append(" | ").Append(ReportNumbers.Short(marginal(row)));
            }

            md.Append(" |\n");
        }
    }

    private static string Escape(string? text) => text?.Replace("|", "\\|", StringComparison.Ordinal) ?? string.Empty;
}
