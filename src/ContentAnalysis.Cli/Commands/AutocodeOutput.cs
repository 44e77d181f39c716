using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Prints what <c>qcat autocode</c> produced in the chosen format; the rows and documents come from Core/Reporting.</summary>
internal static class AutocodeOutput
{
    // On a narrow terminal the kind goes first (a pattern reads as one), then the dimension (the category names it).
    private static readonly OutputColumn[] ExplanationColumns =
    [
        OutputColumn.Whole("at"), OutputColumn.Whole("dimension", dropRank: 2), OutputColumn.Whole("category"), OutputColumn.Whole("kind", dropRank: 1),
        OutputColumn.Text("indicator"), OutputColumn.Text("matched"), OutputColumn.Whole("negator"),
    ];

    public static void Summary(CliContext context, OutputFormat format, AutocodingSummary summary)
    {
        if (new FormatWriters(
            () => AutocodingJsonWriter.Summary(summary),
            () => TablePrinter.CsvText(["dimension", .. AutocodingMarkdownWriter.SummaryHeader], [.. summary.Dimensions.SelectMany(d => AutocodingMarkdownWriter.SummaryRows(d).Select(r => (string[])[d.Dimension, .. r]))]),
            () => AutocodingMarkdownWriter.Summary(summary)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine(AutocodingMarkdownWriter.SummaryLine(summary));
        foreach (var dimension in summary.Dimensions)
        {
            context.Out.WriteLine();
            context.Out.WriteLine(AutocodingMarkdownWriter.SummaryTitle(dimension));
            TablePrinter.Print(context, format, [.. AutocodingMarkdownWriter.SummaryHeader], AutocodingMarkdownWriter.SummaryRows(dimension));
        }
    }

    public static void Evaluation(CliContext context, OutputFormat format, AutocodingEvaluation evaluation)
    {
        if (new FormatWriters(
            () => AutocodingJsonWriter.Evaluation(evaluation),
            () => TablePrinter.CsvText([.. AutocodingMarkdownWriter.EvaluationCsvHeader], AutocodingMarkdownWriter.EvaluationCsvRows(evaluation)),
            () => AutocodingMarkdownWriter.Evaluation(evaluation)).TryWrite(context, format))
        {
            return;
        }

        var first = true;
        foreach (var dimension in evaluation.Dimensions)
        {
            if (!first)
            {
                context.Out.WriteLine();
            }

            first = false;
            context.Out.WriteLine(AutocodingMarkdownWriter.EvaluationTitle(evaluation, dimension));
            TablePrinter.Print(context, format, [.. AutocodingMarkdownWriter.EvaluationHeader], AutocodingMarkdownWriter.EvaluationRows(dimension));
            foreach (var line in AutocodingMarkdownWriter.ErrorLines(dimension))
            {
                context.Out.WriteLine(line);
            }
        }
    }

    public static void Explanation(CliContext context, OutputFormat format, UnitExplanation explanation)
    {
        if (new FormatWriters(
            () => AutocodingJsonWriter.Explanation(explanation),
            () => TablePrinter.CsvText([.. AutocodingMarkdownWriter.ExplanationCsvHeader], AutocodingMarkdownWriter.ExplanationCsvRows(explanation)),
            () => AutocodingMarkdownWriter.Explanation(explanation)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine($"unit {explanation.Unit}:");
        context.Out.WriteLine(explanation.Text);
        context.Out.WriteLine();
        if (explanation.Hits.Count == 0)
        {
            context.Out.WriteLine("no indicator matched");
        }
        else
        {
            TablePrinter.Print(context, format, ExplanationColumns, AutocodingMarkdownWriter.ExplanationRows(explanation));
        }

        context.Out.WriteLine();
        foreach (var line in AutocodingMarkdownWriter.DecisionLines(explanation))
        {
            context.Out.WriteLine(line);
        }
    }
}
