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
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.Write(AutocodingJsonWriter.Summary(summary));
                return;
            case OutputFormat.Md:
                context.Out.Write(AutocodingMarkdownWriter.Summary(summary));
                return;
            case OutputFormat.Csv:
                TablePrinter.Print(context, format, ["dimension", .. AutocodingMarkdownWriter.SummaryHeader], [.. summary.Dimensions.SelectMany(d => AutocodingMarkdownWriter.SummaryRows(d).Select(r => (string[])[d.Dimension, .. r]))]);
                return;
            default:
                context.Out.WriteLine(AutocodingMarkdownWriter.SummaryLine(summary));
                foreach (var dimension in summary.Dimensions)
                {
                    context.Out.WriteLine();
                    context.Out.WriteLine(AutocodingMarkdownWriter.SummaryTitle(dimension));
                    TablePrinter.Print(context, format, [.. AutocodingMarkdownWriter.SummaryHeader], AutocodingMarkdownWriter.SummaryRows(dimension));
                }

                return;
        }
    }

    public static void Evaluation(CliContext context, OutputFormat format, AutocodingEvaluation evaluation)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.Write(AutocodingJsonWriter.Evaluation(evaluation));
                return;
            case OutputFormat.Md:
                context.Out.Write(AutocodingMarkdownWriter.Evaluation(evaluation));
                return;
            case OutputFormat.Csv:
                TablePrinter.Print(context, format, [.. AutocodingMarkdownWriter.EvaluationCsvHeader], AutocodingMarkdownWriter.EvaluationCsvRows(evaluation));
                return;
            default:
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

                return;
        }
    }

    public static void Explanation(CliContext context, OutputFormat format, UnitExplanation explanation)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.Write(AutocodingJsonWriter.Explanation(explanation));
                return;
            case OutputFormat.Md:
                context.Out.Write(AutocodingMarkdownWriter.Explanation(explanation));
                return;
            case OutputFormat.Csv:
                TablePrinter.Print(context, format, [.. AutocodingMarkdownWriter.ExplanationCsvHeader], AutocodingMarkdownWriter.ExplanationCsvRows(explanation));
                return;
            default:
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

                return;
        }
    }
}
