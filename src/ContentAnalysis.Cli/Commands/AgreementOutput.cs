using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Reporting;
using Spectre.Console;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Prints agreement results: JSON, CSV and Markdown come from Core's writers; the table is drawn from the same results.</summary>
internal static class AgreementOutput
{
    public static void Write(CliContext context, OutputFormat format, AgreementResultSet results)
    {
        var writers = new FormatWriters(() => AgreementJsonWriter.ToJson(results), () => AgreementCsvWriter.ToCsv(results), () => AgreementMarkdownWriter.ToMarkdown(results));
        if (!writers.TryWrite(context, format))
        {
            WriteTables(context, results);
        }
    }

    /// <summary>The verdict coloured for a terminal, with "(point estimate)" when no bootstrap backs it.</summary>
    public static string Verdict(ReliabilityVerdict verdict)
    {
        var text = Markup.Escape(verdict.Label);
        return verdict.Kind switch
        {
            ReliabilityVerdictKind.Reliable => $"[green]{text}[/]",
            ReliabilityVerdictKind.NotEstablished or ReliabilityVerdictKind.Tentative => $"[yellow]{text}[/]",
            ReliabilityVerdictKind.Unreliable => $"[red]{text}[/]",
            _ => $"[dim]{text}[/]",
        };
    }

    /// <summary>The verdict as a table cell, coloured on a terminal.</summary>
    public static OutputCell VerdictCell(ReliabilityVerdict verdict) => verdict.Kind switch
    {
        ReliabilityVerdictKind.Reliable => new OutputCell(verdict.Label, new Style(Color.Green)),
        ReliabilityVerdictKind.NotEstablished or ReliabilityVerdictKind.Tentative => new OutputCell(verdict.Label, new Style(Color.Yellow)),
        ReliabilityVerdictKind.Unreliable => new OutputCell(verdict.Label, new Style(Color.Red)),
        _ => new OutputCell(verdict.Label, new Style(decoration: Decoration.Dim)),
    };

    private static void WriteTables(CliContext context, AgreementResultSet results)
    {
        foreach (var result in results.Results)
        {
            var report = result.Report;
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
                    Colour(c, result.Verdict),
                    ReportNumbers.Fixed(c.StandardError),
                    ReportNumbers.Interval(c),
                    ReportNumbers.PValue(c.PValue));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"verdict: {Verdict(result.Verdict)} [dim]({Markup.Escape(result.Verdict.Basis)})[/]");
            if (result.Note is not null)
            {
                context.Console.MarkupLine($"[dim]{Markup.Escape(result.Note)}[/]");
            }

            for (var i = 0; i < notes.Count; i++)
            {
                context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]({i + 1})[/] {Markup.Escape(notes[i])}"));
            }

            context.Console.WriteLine();
        }

        if (results.Results.Any(r => r.Details is not null))
        {
            context.Console.Write(new Text(AgreementMarkdownWriter.Details(results)));
        }
    }

    // The headline alpha takes its verdict's colour; the other alphas are coloured by Krippendorff's thresholds alone.
    private static OutputCell Colour(AgreementEstimate estimate, ReliabilityVerdict verdict)
    {
        var text = ReportNumbers.Fixed(estimate.Value);
        if (estimate.Value is not { } value || !estimate.Name.StartsWith("krippendorff_alpha", StringComparison.Ordinal))
        {
            return text;
        }

        var kind = estimate.Name == AgreementAnalyzer.HeadlineAlpha ? verdict.Kind
            : value >= ReliabilityVerdict.ReliableAlpha ? ReliabilityVerdictKind.Reliable
            : value >= ReliabilityVerdict.TentativeAlpha ? ReliabilityVerdictKind.Tentative
            : ReliabilityVerdictKind.Unreliable;
        return kind switch
        {
            ReliabilityVerdictKind.Reliable => new OutputCell(text, new Style(Color.Green)),
            ReliabilityVerdictKind.Unreliable => new OutputCell(text, new Style(Color.Red)),
            ReliabilityVerdictKind.Undefined or ReliabilityVerdictKind.TooFewUnits => text,
            _ => new OutputCell(text, new Style(Color.Yellow)),
        };
    }

    private static string Note(AgreementEstimate estimate)
    {
        var parts = new List<string>();
        if (estimate.QBelow800 is { } q800 && estimate.QBelow667 is { } q667)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"q(α<.800)={q800:0.000}, q(α<.667)={q667:0.000}"));
        }

        if (estimate.Note is not null)
        {
            parts.Add(estimate.Note);
        }

        return string.Join("; ", parts);
    }
}
