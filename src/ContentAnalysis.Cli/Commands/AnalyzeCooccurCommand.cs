using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat analyze cooccur [--dimension D…]</c>: which categories go together in the same units.</summary>
internal static class AnalyzeCooccurCommand
{
    private static readonly string[] Header = ["dimension_a", "category_a", "dimension_b", "category_b", "units", "count_a", "count_b", "both", "jaccard", "lift", "phi"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var common = new AnalyzeCommand.CommonOptions();
        var dimensions = GlobalOptions.List("--dimension", "Only these category dimensions (default: all)", "-d");
        var command = new Command("cooccur", "Unit-level co-occurrence of categories within and across dimensions: counts, Jaccard, lift and phi") { dimensions };
        common.AddTo(command);
        command.SetAction(parseResult =>
        {
            var input = common.Load(context, parseResult);
            var named = parseResult.GetValue(dimensions) is { Length: > 0 } ids ? input.Project.Names.Dimensions(ids) : [];
            var selected = AnalysisSelection.Categorical(input.Codebook, named, "co-occurrence needs categories, not a scale");
            var pairs = CooccurrenceAnalysis.Run(input.Coded, selected);
            var format = parseResult.GetValue(common.Format);
            if (format == OutputFormat.Json)
            {
                context.Out.Write(DataJsonWriter.Cooccurrence(input.Coded.Coder, pairs));
                return ExitCodes.Success;
            }

            if (format == OutputFormat.Md)
            {
                context.Out.Write(AnalysisMarkdownWriter.Cooccurrence(input.Coded.Coder, pairs));
                return ExitCodes.Success;
            }

            var exact = format == OutputFormat.Csv;
            var rows = pairs.Select(p => new[]
            {
                p.DimensionA, p.CategoryA, p.DimensionB, p.CategoryB, AnalysisMarkdownWriter.Count(p.Units), AnalysisMarkdownWriter.Count(p.CountA), AnalysisMarkdownWriter.Count(p.CountB), AnalysisMarkdownWriter.Count(p.Both),
                exact ? AnalyzeCommand.Exact(p.Jaccard) : AnalysisMarkdownWriter.Show(p.Jaccard), exact ? AnalyzeCommand.Exact(p.Lift) : AnalysisMarkdownWriter.Show(p.Lift, "0.00"), exact ? AnalyzeCommand.Exact(p.Phi) : AnalysisMarkdownWriter.Show(p.Phi),
            }).ToList();
            if (!exact)
            {
                context.Out.WriteLine($"coder: {input.Coded.Coder}; units: those coded on both dimensions of a pair");
            }

            TablePrinter.Print(context, format, Header, rows);
            return ExitCodes.Success;
        });
        return command;
    }
}
