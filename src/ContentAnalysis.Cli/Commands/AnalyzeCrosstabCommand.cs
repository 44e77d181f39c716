using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat analyze crosstab --dimension D [--by FIELD]</c>: the dimension by period (or another document field), with
/// chi-square, Cramér's V, adjusted residuals, Fisher (2×2), a Monte-Carlo p (small expected counts), Holm (multi)
/// and Kruskal–Wallis (scales).
/// </summary>
internal static class AnalyzeCrosstabCommand
{
    private static readonly string[] CsvHeader = ["category", "row", "column", "count", "expected", "adjusted_residual", "chi_square", "df", "p_value", "p_value_monte_carlo", "cramers_v", "fisher_p", "p_holm"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var common = new AnalyzeCommand.CommonOptions();
        var dimension = new Option<string>("--dimension", "-d") { Description = "The dimension to cross-tabulate", Required = true };
        var by = GlobalOptions.Choice("--by", "The document field of the columns", [DocumentField.Period, DocumentField.Document, DocumentField.Source, DocumentField.Author, DocumentField.Date, DocumentField.Title]);
        var replicates = new Option<int>("--replicates") { Description = "Random tables for the Monte-Carlo p-value", DefaultValueFactory = _ => CrosstabOptions.DefaultReplicates };
        var seed = new Option<int>("--seed") { Description = "Seed of the random tables (same seed, same p)", DefaultValueFactory = _ => CrosstabOptions.DefaultSeed };
        var command = new Command("crosstab", "Cross-tabulate a dimension by period or another document field and test independence") { dimension, by, replicates, seed };
        common.AddTo(command);
        command.SetAction(parseResult =>
        {
            var input = common.Load(context, parseResult);
            var selected = input.Project.Names.Dimension(parseResult.GetValue(dimension)!);
            var options = new CrosstabOptions(Math.Max(1, parseResult.GetValue(replicates)), parseResult.GetValue(seed));
            var report = CrosstabAnalysis.Run(input.Coded, selected, parseResult.GetValue(by), options);
            Print(context, parseResult.GetValue(common.Format), report, options, RowLabels(selected));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliContext context, OutputFormat format, CrosstabReport report, CrosstabOptions options, IReadOnlyDictionary<string, string> labels)
    {
        if (new FormatWriters(
            () => DataJsonWriter.Crosstab(report),
            () => TablePrinter.CsvText(CsvHeader, [.. report.Tables.SelectMany(CsvRows)]),
            () => AnalysisMarkdownWriter.Crosstab(report, options, labels)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine($"{report.Dimension} by {report.By} (coder {report.Coder}); cells: units (adjusted residual)");
        foreach (var table in report.Tables)
        {
            context.Out.WriteLine();
            if (table.Category is not null)
            {
                context.Out.WriteLine($"category {table.Category}: present/absent");
            }

            TablePrinter.Print(context, format, [string.Empty, .. table.Columns, "total"], [.. AnalysisMarkdownWriter.CrosstabCells(table, labels)]);
            foreach (var line in AnalysisMarkdownWriter.CrosstabSummary(table, options))
            {
                context.Out.WriteLine(line);
            }
        }
    }

    // A scale's rows are its values; people read them with their labels ("-1 tense").
    private static Dictionary<string, string> RowLabels(Dimension dimension) =>
        dimension.IsCategorical ? [] : AnalysisValue.Of(dimension).ToDictionary(v => v.Key, v => $"{v.Key} {v.Label}", StringComparer.Ordinal);

    private static IEnumerable<string[]> CsvRows(CrosstabTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                yield return
                [
                    table.Category ?? string.Empty, table.Rows[r], table.Columns[c], AnalysisMarkdownWriter.Count(table.Counts[r][c]), AnalyzeCommand.Exact(table.Expected[r][c]), AnalyzeCommand.Exact(table.AdjustedResiduals[r][c]),
                    AnalyzeCommand.Exact(table.ChiSquare?.Statistic), table.ChiSquare is { } chi ? AnalysisMarkdownWriter.Count(chi.Df) : string.Empty, AnalyzeCommand.Exact(table.ChiSquare?.PValue), AnalyzeCommand.Exact(table.ChiSquare?.PValueMonteCarlo),
                    AnalyzeCommand.Exact(table.CramersV), AnalyzeCommand.Exact(table.FisherP), AnalyzeCommand.Exact(table.PHolm),
                ];
            }
        }
    }
}
