using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Reporting;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>The words of a training round on screen: the feedback after each unit and the round's result.</summary>
internal static class TrainingText
{
    private static readonly OutputColumn[] Columns =
    [
        OutputColumn.Whole("subject"), OutputColumn.Number("units"), OutputColumn.Number("alpha"), OutputColumn.Number("% agree"), OutputColumn.Text("verdict"),
    ];

    /// <summary>The heading of the page after a unit: the unit, the reference and how many dimensions agree.</summary>
    public static string Title(UnitFeedback feedback) => string.Create(
        CultureInfo.InvariantCulture,
        $"── {feedback.Unit} compared with {feedback.Reference}: agreed on {feedback.Dimensions.Count(d => d.Agreed == true)} of {feedback.Dimensions.Count} dimensions");

    /// <summary>The page's lines: per dimension the two codings and whether they agree, the reference's memo, and where they differ the codebook entries involved; then the key that goes on.</summary>
    public static IReadOnlyList<ScreenLine> Lines(UnitFeedback feedback)
    {
        var lines = new List<ScreenLine>();
        foreach (var d in feedback.Dimensions)
        {
            var mark = d.Agreed switch { true => "agreed", false => "differs", null => $"{feedback.Reference} did not code it" };
            lines.Add(new(string.Create(CultureInfo.InvariantCulture, $"  {d.Dimension}: you {Values(d.Trainee)} · {feedback.Reference} {(d.Reference is null ? "—" : Values(d.Reference))} — {mark}"), d.Agreed == false ? LineStyle.Message : LineStyle.Chosen));
            if (d.ReferenceMemo.Length > 0)
            {
                lines.Add(new($"    {feedback.Reference}'s memo: {d.ReferenceMemo}", LineStyle.Text));
            }

            if (d.Agreed != true)
            {
                lines.AddRange(d.Entries.Select(e => new ScreenLine($"    {e.Id} · {e.Label}{(e.Definition.Length > 0 ? ": " + e.Definition : string.Empty)}", LineStyle.Help)));
            }
        }

        lines.Add(new("any key goes on to the next unit", LineStyle.Keys));
        return lines;
    }

    /// <summary>Prints the round's agreement with the reference per dimension and category, and the categories to revisit with their definitions.</summary>
    public static void Result(CliContext context, TrainingResult result, TrainingRound round)
    {
        context.Out.WriteLine(FormattableString.Invariant($"training round {round.Round} of {result.Coder} against {result.Reference}: {result.Units} units"));
        context.Out.WriteLine();
        // A category neither coder ever chose has no variation and an undefined alpha: listing them all hides the rest.
        var shown = result.Categories.Where(c => TrainingResult.Alpha(c) is not null || result.Revisit.Any(r => c.Report.Subject == $"{r.Dimension}/{r.Category}")).ToList();
        TablePrinter.Print(context, OutputFormat.Table, Columns, [.. result.Dimensions.Concat(shown).Select(Row)]);
        if (shown.Count < result.Categories.Count)
        {
            context.Out.WriteLine(FormattableString.Invariant($"{result.Categories.Count - shown.Count} categories that neither {result.Coder} nor {result.Reference} chose on these units are left out"));
        }

        context.Out.WriteLine();
        if (result.Revisit.Count == 0)
        {
            context.Out.WriteLine("categories to revisit: none, every category was chosen as the reference chose it");
        }
        else
        {
            context.Out.WriteLine("categories to revisit:");
            foreach (var r in result.Revisit)
            {
                context.Out.WriteLine(FormattableString.Invariant($"  {r.Dimension}/{r.Category} · {r.Label}: {r.Disagreements} unit(s) differ ({string.Join(", ", r.Units)}); alpha {ReportNumbers.Fixed(r.Alpha)}"));
                context.Out.WriteLine("    " + r.Definition);
            }
        }

        context.Out.WriteLine();
        context.Out.WriteLine(FormattableString.Invariant($"round {round.Round} recorded in data/training/rounds.csv (codebook {round.CodebookVersion}, {round.CodebookHash}); 'qcat training report' lists every round"));
    }

    private static string[] Row(AgreementResult result)
    {
        var report = result.Report;
        return
        [
            report.Subject,
            ReportNumbers.Invariant(report.PairableUnits),
            ReportNumbers.Fixed(TrainingResult.Alpha(result)),
            report.Find("percent_agreement")?.Value is { } p && double.IsFinite(p) ? (p * 100).ToString("0.0", CultureInfo.InvariantCulture) : "—",
            result.Verdict.Label,
        ];
    }

    private static string Values(IReadOnlyList<string> values) => values.Count == 0 ? "—" : string.Join(";", values);
}
