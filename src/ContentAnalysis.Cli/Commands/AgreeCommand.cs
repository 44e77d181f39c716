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
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(context, options, parseResult, cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, AgreeOptions options, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var timings = AgreeTimings.FromEnvironment(context);
        var format = parseResult.GetValue(options.Format);
        var coefficients = ParseCoefficients(parseResult.GetValue(options.Coefficients));
        CheckBootstrap(parseResult.GetValue(options.Bootstrap));
        var matrix = parseResult.GetValue(options.Matrix);
        IReadOnlyList<AgreementReport> reports;
        List<AgreementDetails?>? details = null;
        if (matrix is not null)
        {
            var level = parseResult.GetValue(options.Level) ?? LevelOfMeasurement.Nominal;
            var order = SplitList(parseResult.GetValue(options.Order));
            var display = Path.GetRelativePath(context.WorkingDirectory, context.Resolve(matrix));
            var data = ReliabilityMatrixReader.ReadFile(
                context.Resolve(matrix),
                new ReliabilityMatrixReadOptions(parseResult.GetValue(options.Transpose), level is LevelOfMeasurement.Interval or LevelOfMeasurement.Ratio, order),
                display,
                cancellationToken);
            timings.Mark("read matrix");
            if (level == LevelOfMeasurement.Ordinal && data.NumericValues is null && order is null)
            {
                throw new InputException(Diagnostic.Error(AgreementDiagnostics.NotInOrder, "ordinal level with text labels needs their order", display, hint: "pass --order low,mid,high (lowest rank first) or use numbers"));
            }

            var agreementOptions = new AgreementOptions
            {
                BootstrapResamples = parseResult.GetValue(options.Bootstrap) ?? 0,
                Seed = parseResult.GetValue(options.Seed),
                ValuesOrdered = order is not null,
                Coefficients = coefficients,
            };
            var report = ProgressRunner.Run(context, "bootstrapping alpha", progress => AgreementAnalyzer.Analyze(Path.GetFileName(display), data, level, agreementOptions, progress, cancellationToken));
            timings.Mark("coefficients");
            reports = [report];
            if (parseResult.GetValue(options.Details))
            {
                details = [AgreementDetails.Compute(data, level)];
            }
        }
        else
        {
            (reports, details) = RunProject(context, options, parseResult, coefficients, cancellationToken);
        }

        AgreementOutput.Write(context, format, reports, details);
        timings.Mark("output");
        return ExitCodes.Success;
    }

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
            : throw new InputException(Diagnostic.Error(AgreementDiagnostics.UnknownCoefficient, $"unknown coefficient '{unknown}' in --coefficients", hint: "choose from " + string.Join(", ", known)));
    }

    private static void CheckBootstrap(int? resamples)
    {
        if (resamples is < 0 or (> 0 and < KrippendorffBootstrapOptions.MinimumResamples))
        {
            throw new InputException(Diagnostic.Error(
                AgreementDiagnostics.BadBootstrap,
                FormattableString.Invariant($"--bootstrap {resamples}: the bootstrap needs at least {KrippendorffBootstrapOptions.MinimumResamples} resamples"),
                hint: "pass --bootstrap 0 for no interval, or 1000 or more resamples"));
        }
    }

    // List options are split by GlobalOptions.List; not given means "all" (null).
    private static string[]? SplitList(string[]? list) => list is { Length: > 0 } ? list : null;
}
