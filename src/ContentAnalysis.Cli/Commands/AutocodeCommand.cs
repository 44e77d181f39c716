using System.CommandLine;
using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat autocode [--coder NAME] [--dimension D…] [--sample NAME]</c>: dictionary pre-coding into a coder journal;
/// <c>--evaluate [--against gold]</c>: precision, recall and F1 against a reference coder; <c>--explain UNIT</c>: which
/// indicator fired where.
/// </summary>
internal static class AutocodeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var coder = new Option<string>("--coder") { Description = $"The coder the dictionary writes as (default: {AutocodingJournal.DefaultCoder})" };
        var dimensions = GlobalOptions.List("--dimension", "Only these dimensions (default: every category dimension with indicators)", "-d");
        var sample = new Option<string?>("--sample") { Description = "Only the units of this sample (default: every unit)" };
        var evaluate = new Option<bool>("--evaluate") { Description = "Report precision, recall and F1 of the dictionary's codings against --against, with the units behind every error" };
        var against = new Option<string>("--against") { Description = "The reference coder of --evaluate (default: gold)" };
        var explain = new Option<string?>("--explain") { Description = "Show which indicator matched where in one unit, and the resulting codings", HelpName = "UNIT" };
        var codebook = CodingsCommand.CodebookOption();
        var format = GlobalOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Md);
        var command = new Command("autocode", "Pre-code every unit with the codebook's keywords and patterns into a coder journal (default coder: dictionary); evaluate it against a reference coder or explain one unit")
        {
            coder, dimensions, sample, evaluate, against, explain, codebook, format,
        };
        command.SetAction(parseResult =>
        {
            var unit = parseResult.GetValue(explain);
            if (unit is not null && parseResult.GetValue(evaluate))
            {
                context.Fail(CliMessages.EvaluateWithExplain);
                return ExitCodes.Usage;
            }

            if (parseResult.GetValue(against) is not null && !parseResult.GetValue(evaluate))
            {
                context.Fail(CliMessages.AgainstWithoutEvaluate);
                return ExitCodes.Usage;
            }

            var project = context.OpenProject(parseResult, parseResult.GetValue(codebook));
            var named = project.Names.Dimensions(parseResult.GetValue(dimensions) is { Length: > 0 } ids ? ids : null);
            var matcher = DictionaryMatcher.Create(project.Codebook, parseResult.GetValue(dimensions) is { Length: > 0 } ? named : null);
            context.Report(matcher.Warnings);
            var output = parseResult.GetValue(format);
            var dictionary = parseResult.GetValue(coder) ?? AutocodingJournal.DefaultCoder;
            if (unit is not null)
            {
                AutocodeOutput.Explanation(context, output, Explain(project, matcher, unit));
                return ExitCodes.Success;
            }

            var units = project.Names.SampleUnits(parseResult.GetValue(sample));
            if (parseResult.GetValue(evaluate))
            {
                AutocodeOutput.Evaluation(context, output, Evaluate(project, matcher, dictionary, parseResult.GetValue(against) ?? "gold", units));
                return ExitCodes.Success;
            }

            AutocodeOutput.Summary(context, output, Run(context, project, matcher, dictionary, units));
            return ExitCodes.Success;
        });
        return command;
    }

    private static AutocodingSummary Run(CliContext context, Project project, DictionaryMatcher matcher, string coder, IReadOnlySet<string>? units)
    {
        var corpus = project.RequireUnits();
        var journal = project.Relative(project.Codings.JournalPath(coder));
        var coded = ProgressRunner.Run(context, "autocoding", progress => Autocoder.Run(matcher, corpus, units, progress is null ? null : new Progress<double>(progress.Report)));
        var (written, unchanged) = AutocodingJournal.Write(project.Codings, coder, coded, project.Codebook.ContentHash, DateTimeOffset.UtcNow);
        return AutocodingSummary.Create(coder, journal, matcher, coded, written, unchanged);
    }

    private static AutocodingEvaluation Evaluate(Project project, DictionaryMatcher matcher, string coder, string reference, IReadOnlySet<string>? units)
    {
        var order = project.RequireUnits().Units.Select(u => u.Id).Where(u => units is null || units.Contains(u)).ToList();
        return AutocodingEvaluation.Evaluate(project.Codings, matcher.Dimensions, coder, reference, order);
    }

    private static UnitExplanation Explain(Project project, DictionaryMatcher matcher, string unit) =>
        UnitExplanation.ForUnit(matcher, project.RequireUnits(), unit);
}
