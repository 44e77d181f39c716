using System.CommandLine;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reporting;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat agree --stability CODER</c>: test–retest agreement of a coder's first pass with their blind second pass (<c>CODER~2</c>).</summary>
internal static partial class AgreeCommand
{
    private static Option<string?> AddStability(Command command)
    {
        var stability = new Option<string?>("--stability") { Description = "Test-retest stability: CODER's codings against their own second pass (CODER~2, from 'qcat code --recode'), with the time between the passes" };
        command.Add(stability);
        return stability;
    }

    private static int RunStability(CliContext context, AgreeOptions options, string coder, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(options.Matrix) is not null || parseResult.GetValue(options.Coders) is { Length: > 0 })
        {
            throw new InputException(CliMessages.OptionsConflict("--stability", "with --matrix or --coders", "stability compares one coder with their own second pass; leave out --matrix and --coders"));
        }

        var format = parseResult.GetValue(options.Format);
        CheckDetailsFormat(parseResult.GetValue(options.Details), format);
        CheckBootstrap(parseResult.GetValue(options.Bootstrap));
        var agreementOptions = new AgreementOptions
        {
            Seed = parseResult.GetValue(options.Seed),
            Significance = CheckSignificance(parseResult.GetValue(options.Significance)),
            Coefficients = ParseCoefficients(parseResult.GetValue(options.Coefficients)),
            BootstrapResamples = parseResult.GetValue(options.Bootstrap) ?? AgreementOptions.DefaultBootstrapResamples,
        };
        var project = context.OpenProject(parseResult, parseResult.GetValue(options.Codebook));
        var codebook = project.Codebook;
        var dimensions = project.Names.Dimensions(parseResult.GetValue(options.Dimension));
        var (first, second) = StabilityReport.LoadPasses(project, coder, cancellationToken);
        context.Report(first.Diagnostics.Concat(second.Diagnostics));
        var sample = project.Names.SampleUnits(parseResult.GetValue(options.Sample));
        var report = ProgressRunner.Run(context, "computing stability", progress => StabilityReport.Compute(codebook, dimensions, first, second, sample, agreementOptions, parseResult.GetValue(options.ByCategory), progress, cancellationToken));
        if (!new FormatWriters(() => StabilityWriter.ToJson(report), () => AgreementCsvWriter.ToCsv(report.Agreement), () => StabilityWriter.ToMarkdown(report)).TryWrite(context, format))
        {
            context.Out.WriteLine(StabilityWriter.Summary(report));
            context.Out.WriteLine();
            AgreementOutput.Write(context, format, report.Agreement);
        }

        return ExitCodes.Success;
    }
}
