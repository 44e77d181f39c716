using System.CommandLine;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli.Commands;

/// <summary><c>qcat agree</c>: inter-coder agreement for the project's dimensions, or for a spreadsheet with <c>--matrix</c>.</summary>
internal static partial class AgreeCommand
{
    public static Command Create(CliContext context)
    {
        var options = new AgreeOptions();
        var command = new Command("agree", "Inter-coder agreement: percent, Cohen, Conger, Scott, Fleiss, Krippendorff's alpha, Gwet AC1/AC2, Brennan–Prediger, PABAK");
        options.AddTo(command);
        var spans = AddSpansOption(command);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(parseResult.GetValue(spans) ? RunSpans(context, options, parseResult, cancellationToken) : Run(context, options, parseResult, cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, AgreeOptions options, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var timings = AgreeTimings.FromEnvironment(context);
        var format = parseResult.GetValue(options.Format);
        var withDetails = parseResult.GetValue(options.Details);
        CheckDetailsFormat(withDetails, format);
        var agreementOptions = new AgreementOptions
        {
            Seed = parseResult.GetValue(options.Seed),
            Significance = CheckSignificance(parseResult.GetValue(options.Significance)),
            Coefficients = ParseCoefficients(parseResult.GetValue(options.Coefficients)),
        };
        CheckBootstrap(parseResult.GetValue(options.Bootstrap));
        var matrix = parseResult.GetValue(options.Matrix);
        AgreementResultSet results;
        if (matrix is not null)
        {
            var level = parseResult.GetValue(options.Level) ?? LevelOfMeasurement.Nominal;
            var order = SplitList(parseResult.GetValue(options.Order));
            var display = Path.GetRelativePath(context.WorkingDirectory, context.Resolve(matrix));
            var data = ReadMatrix(
                context,
                context.Resolve(matrix),
                new ReliabilityMatrixReadOptions(parseResult.GetValue(options.Transpose), level is LevelOfMeasurement.Interval or LevelOfMeasurement.Ratio, order),
                display,
                cancellationToken);
            timings.Mark("read matrix");
            if (level == LevelOfMeasurement.Ordinal && data.NumericValues is null && order is null)
            {
                throw new InputException(CliMessages.OrderNeeded(display));
            }

            // A spreadsheet has no project default: without --bootstrap its alpha is a point estimate.
            agreementOptions = agreementOptions with { BootstrapResamples = parseResult.GetValue(options.Bootstrap) ?? 0, ValuesOrdered = order is not null };
            var report = ProgressRunner.Run(context, "bootstrapping alpha", progress => AgreementAnalyzer.Analyze(Path.GetFileName(display), data, level, agreementOptions, progress, cancellationToken));
            timings.Mark("coefficients");
            var details = withDetails ? AgreementDetails.Compute(data, level) : null;
            results = new AgreementResultSet([AgreementResult.Of(report, agreementOptions.Significance, details)], agreementOptions.BootstrapResamples, agreementOptions.Seed, agreementOptions.Significance);
        }
        else
        {
            results = RunProject(context, options, parseResult, agreementOptions, cancellationToken);
        }

        AgreementOutput.Write(context, format, results);
        timings.Mark("output");
        return ExitCodes.Success;
    }

    private static void CheckDetailsFormat(bool withDetails, OutputFormat format)
    {
        if (withDetails && format == OutputFormat.Csv)
        {
            // Matrices, coder pairs and unit lists have no rectangular form; dropping them silently would mislead.
            throw new InputException(CliMessages.DetailsNotInCsv());
        }
    }

    internal static double CheckSignificance(double significance) =>
        significance is > 0 and < 1
            ? significance
            : throw new InputException(CliMessages.BadSignificance(significance));

    private static string[]? ParseCoefficients(string[]? list)
    {
        var names = SplitList(list);
        if (names is null)
        {
            return null;
        }

        // Multi dimensions add the set alphas to the list (README: coefficient keys).
        string[] known = [.. AgreementAnalyzer.AllNames, KrippendorffSetAlpha.NameFor(SetDistanceKind.Masi), KrippendorffSetAlpha.NameFor(SetDistanceKind.Jaccard)];
        var unknown = names.FirstOrDefault(n => !known.Contains(n));
        return unknown is null
            ? names
            : throw new InputException(CliMessages.UnknownCoefficient(unknown, known));
    }

    internal static void CheckBootstrap(int? resamples)
    {
        if (resamples is < 0 or (> 0 and < KrippendorffBootstrapOptions.MinimumResamples))
        {
            throw new InputException(CliMessages.BadBootstrap(resamples));
        }
    }

    // List options are split by GlobalOptions.List; not given means "all" (null).
    private static string[]? SplitList(string[]? list) => list is { Length: > 0 } ? list : null;
}
