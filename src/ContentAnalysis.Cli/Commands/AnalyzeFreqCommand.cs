using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat analyze freq [--dimension D…] [--by FIELD]</c>: units per category, with the denominator stated.</summary>
internal static class AnalyzeFreqCommand
{
    private static readonly string[] Header = ["value", "label", "count", "share"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var common = new AnalyzeCommand.CommonOptions();
        var dimensions = GlobalOptions.List("--dimension", "Only these dimensions (default: all)", "-d");
        var by = new Option<DocumentField?>("--by") { Description = "One table per period, document, source, author, date or title" };
        var command = new Command("freq", "Count and share of units per category (or level) of each dimension; the denominator is the units coded on it") { dimensions, by };
        common.AddTo(command);
        command.SetAction(parseResult =>
        {
            var input = common.Load(context, parseResult);
            var selected = input.Project.Names.Dimensions(parseResult.GetValue(dimensions));
            var tables = FrequencyAnalysis.Run(input.Coded, selected, parseResult.GetValue(by));
            Print(context, parseResult.GetValue(common.Format), input.Coded.Coder, tables);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliContext context, OutputFormat format, string coder, IReadOnlyList<FrequencyTable> tables)
    {
        if (new FormatWriters(
            () => DataJsonWriter.Frequencies(coder, tables),
            () => TablePrinter.CsvText(["dimension", "group", "value", "label", "count", "units", "share"], [.. tables.SelectMany(t => t.Rows.Select(r => new[] { t.Dimension, t.Group ?? string.Empty, r.Value, r.Label, AnalysisMarkdownWriter.Count(r.Count), AnalysisMarkdownWriter.Count(t.Units), AnalyzeCommand.Exact(r.Share) }))]),
            () => AnalysisMarkdownWriter.Frequencies(coder, tables)).TryWrite(context, format))
        {
            return;
        }

        context.Out.WriteLine($"coder: {coder}");
        foreach (var table in tables)
        {
            context.Out.WriteLine();
            var title = table.Group is null ? $"{table.Dimension} ({table.Kind})" : $"{table.Dimension} ({table.Kind}), {table.Group}";
            var uncoded = table.Uncoded > 0 ? $" ({table.Uncoded} units not coded on it are left out)" : string.Empty;
            context.Out.WriteLine($"{title}: {table.Denominator}{uncoded}");
            TablePrinter.Print(context, format, Header, [.. table.Rows.Select(r => new[] { r.Value, r.Label, AnalysisMarkdownWriter.Count(r.Count), AnalysisMarkdownWriter.Show(r.Share) })]);
        }
    }
}
