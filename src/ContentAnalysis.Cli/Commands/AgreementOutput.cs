using System.Globalization;
using System.Text;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using Spectre.Console;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Prints agreement reports in the chosen format.</summary>
internal static class AgreementOutput
{
    private const int MaxDisagreementsShown = 30;

    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<AgreementReport> reports, IReadOnlyList<AgreementDetails?>? details)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.Write(AgreementReportWriter.ToJson(reports, details));
                break;
            case OutputFormat.Csv:
                context.Out.Write(AgreementReportWriter.ToCsv(reports));
                break;
            case OutputFormat.Md:
                context.Out.Write(AgreementReportWriter.ToMarkdown(reports));
                context.Out.Write(AllDetailsMarkdown(reports, details));

                break;
            default:
                WriteTables(context, reports, details);
                break;
        }
    }

    private static void WriteTables(CliContext context, IReadOnlyList<AgreementReport> reports, IReadOnlyList<AgreementDetails?>? details)
    {
        foreach (var report in reports)
        {
            // Narrow terminals lose p, then SE, then the interval (all in --format md); the value stays.
            var table = new OutputTable(
            [
                OutputColumn.Whole("coefficient"), OutputColumn.Number("value"), OutputColumn.Number("SE", dropRank: 2),
                OutputColumn.Whole("95% CI", dropRank: 3), OutputColumn.Number("p", dropRank: 1),
            ])
            {
                Title = $"[bold]{Markup.Escape(report.Subject)}[/]",
                Caption = Markup.Escape($"{report.Units} units ({report.PairableUnits} pairable), {report.Coders.Count} coders, level {report.Level.ToString().ToLowerInvariant()}"),
                OtherFormatHint = "use --format md",
            };
            var notes = new List<string>();
            foreach (var c in report.Coefficients)
            {
                var note = Note(c);
                var marker = string.Empty;
                if (note.Length > 0)
                {
                    notes.Add(note);
                    marker = string.Create(CultureInfo.InvariantCulture, $" ({notes.Count})");
                }

                table.AddRow(
                    c.Name + marker,
                    Colour(c),
                    AgreementReportWriter.Fixed(c.StandardError),
                    AgreementReportWriter.Interval(c),
                    AgreementReportWriter.PValue(c.PValue));
            }

            context.Console.Write(table);
            for (var i = 0; i < notes.Count; i++)
            {
                context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]({i + 1})[/] {Markup.Escape(notes[i])}"));
            }

            context.Console.WriteLine();
        }

        if (details is not null)
        {
            context.Console.Write(new Text(AllDetailsMarkdown(reports, details)));
        }
    }

    private static OutputCell Colour(AgreementEstimate estimate)
    {
        var text = AgreementReportWriter.Fixed(estimate.Value);
        if (estimate.Value is not { } value || !estimate.Name.StartsWith("krippendorff_alpha", StringComparison.Ordinal))
        {
            return text;
        }

        // Krippendorff's thresholds: .800 to rely on a variable, .667 for tentative conclusions.
        return new(text, new Style(value >= 0.8 ? Color.Green : value >= 0.667 ? Color.Yellow : Color.Red));
    }

    private static string Note(AgreementEstimate estimate)
    {
        var parts = new List<string>();
        if (estimate.QBelow800 is { } q800 && estimate.QBelow667 is { } q667)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"P(α<.800)={q800:0.000}, P(α<.667)={q667:0.000}"));
        }

        if (estimate.Note is not null)
        {
            parts.Add(estimate.Note);
        }

        return string.Join("; ", parts);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string AllDetailsMarkdown(IReadOnlyList<AgreementReport> reports, IReadOnlyList<AgreementDetails?>? details)
    {
        var md = new StringBuilder();
        for (var i = 0; i < reports.Count && details is not null; i++)
        {
            if (details.ElementAtOrDefault(i) is { } d)
            {
                if (reports.Count > 1)
                {
                    md.Append(CultureInfo.InvariantCulture, $"### Details: {reports[i].Subject}\n\n");
                }

                md.Append(DetailsMarkdown(d));
            }
        }

        return md.ToString();
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
                md.Append(" | ").Append(Number(cell(row, column)));
            }

            if (marginal is not null)
            {
                md.Append(" | ").Append(Number(marginal(row)));
            }

            md.Append(" |\n");
        }
    }

    private static string DetailsMarkdown(AgreementDetails details)
    {
        var md = new StringBuilder();
        var coincidences = details.Coincidences;
        md.Append("#### Coincidence matrix (Krippendorff)\n\n");
        AppendMatrix(md, coincidences.Values, (c, k) => coincidences[c, k], coincidences.Marginal);
        md.Append(CultureInfo.InvariantCulture, $"\nn = {Number(coincidences.Total)} pairable values in {coincidences.PairableUnits} units\n\n");
        md.Append("#### Coder pairs\n\n| coder A | coder B | shared units | percent agreement | Cohen's kappa |\n|---|---|---:|---:|---:|\n");
        foreach (var pair in details.Pairwise.Pairs)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {pair.CoderA} | {pair.CoderB} | {pair.SharedUnits} | {AgreementReportWriter.Fixed(pair.PercentAgreement)} | {AgreementReportWriter.Fixed(pair.CohenKappa)} |\n");
        }

        foreach (var confusion in details.Confusions)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n#### Confusion matrix: {confusion.CoderA} (rows) × {confusion.CoderB} (columns), {confusion.Total} shared units\n\n");
            AppendMatrix(md, confusion.Values, (row, column) => confusion[row, column]);
        }

        md.Append("\n#### Alpha without each coder\n\n| coder left out | alpha |\n|---|---:|\n");
        foreach (var (coder, estimate) in details.LeaveOneCoderOut)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {coder} | {AgreementReportWriter.Fixed(estimate.Value)} |\n");
        }

        md.Append("\n#### Prevalence\n\n| value | ratings | share |\n|---|---:|---:|\n");
        foreach (var p in details.Prevalence)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {p.Value} | {p.Count} | {AgreementReportWriter.Fixed(p.Share)} |\n");
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

        return md.Append('\n').ToString();
    }
}
