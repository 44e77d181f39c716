using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat analyze freq|segments|cooccur|crosstab</c>: what one coder's codings say about the corpus.</summary>
internal static class AnalyzeCommand
{
    /// <summary>Creates the command and its subcommands.</summary>
    public static Command Create(CliContext context) => new("analyze", "Report what the codings say: category frequencies, coded segments, co-occurrence, crosstabs with tests")
    {
        AnalyzeFreqCommand.Create(context),
        AnalyzeSegmentsCommand.Create(context),
        AnalyzeCooccurCommand.Create(context),
        AnalyzeCrosstabCommand.Create(context),
    };

    /// <summary>The options every analysis takes: <c>--coder</c>, <c>--codebook</c>, <c>--format</c>.</summary>
    public sealed class CommonOptions
    {
        public Option<string?> Coder { get; } = new("--coder") { Description = "Whose codings to analyse (default: gold, the reconciled coding; refused when there is none)" };

        public Option<string?> Codebook { get; } = CodingsCommand.CodebookOption();

        public Option<OutputFormat> Format { get; } = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);

        public void AddTo(Command command)
        {
            command.Add(Coder);
            command.Add(Codebook);
            command.Add(Format);
        }

        /// <summary>Opens the project and loads its codebook, corpus and the chosen coder's codings; journal warnings go to standard error.</summary>
        public AnalysisInput Load(CliContext context, ParseResult parseResult)
        {
            var project = context.OpenProject(parseResult, parseResult.GetValue(Codebook));
            var codebook = project.Codebook;
            var corpus = project.RequireUnits();
            var coder = parseResult.GetValue(Coder) is { } named ? project.Names.Coder(named) : AnalysisSelection.Coder(project.Codings.Coders);
            var codings = project.Codings.Load(coder);
            context.Report(codings.Diagnostics);
            return new AnalysisInput(project, codebook, corpus, CodedCorpus.Create(corpus, codings));
        }
    }

    /// <summary>What an analysis runs on.</summary>
    public sealed record AnalysisInput(Project Project, Codebook Codebook, CorpusStore Corpus, CodedCorpus Coded);

    /// <summary>A number for scripts: round-trip precision, or empty when undefined.</summary>
    public static string Exact(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
