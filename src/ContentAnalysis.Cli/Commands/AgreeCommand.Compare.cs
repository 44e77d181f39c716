using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat agree --compare A.csv B.csv</c>: alpha of two reliability matrices (two samples, two coder pairs, two
/// training rounds; from a project, export each with <c>qcat codings export --format matrix</c>) and the bootstrap
/// interval of the difference B − A.
/// </summary>
internal static partial class AgreeCommand
{
    private static readonly string[] CompareHeader = ["data", "alpha", "ci_low", "ci_high", "units", "note"];

    /// <summary>The <c>--compare</c> option: exactly two matrix files.</summary>
    internal static Option<string[]> CompareOption() => new("--compare")
    {
        Description = "Compare alpha of two matrix CSVs (e.g. before and after training): each alpha and the bootstrap interval of the difference (second − first)",
        Arity = new ArgumentArity(2, 2),
        AllowMultipleArgumentsPerToken = true,
    };

    private static int RunCompare(CliContext context, AgreeOptions options, ParseResult parseResult, string[] files, AgreementOptions agreementOptions, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(options.Matrix) is not null || parseResult.GetValue(options.Details))
        {
            throw new InputException(AgreementDiagnostics.CompareConflictError(parseResult.GetValue(options.Matrix) is not null ? "--matrix" : "--details"));
        }

        var level = parseResult.GetValue(options.Level) ?? LevelOfMeasurement.Nominal;
        var read = files.Select(file => ReliabilityMatrixReader.ReadFile(
            context.Resolve(file),
            new ReliabilityMatrixReadOptions(parseResult.GetValue(options.Transpose), level is LevelOfMeasurement.Interval or LevelOfMeasurement.Ratio, SplitList(parseResult.GetValue(options.Order))),
            Path.GetRelativePath(context.WorkingDirectory, context.Resolve(file)),
            cancellationToken)).ToList();

        // A comparison without an interval says nothing about chance: the bootstrap runs unless asked otherwise.
        var resamples = parseResult.GetValue(options.Bootstrap) ?? AgreementOptions.DefaultBootstrapResamples;
        CheckBootstrap(resamples == 0 ? null : resamples);
        var comparison = AlphaComparison.Compute(read[0], read[1], level, new KrippendorffBootstrapOptions(Math.Max(resamples, KrippendorffBootstrapOptions.MinimumResamples), agreementOptions.Seed, Method: agreementOptions.BootstrapMethod), cancellationToken);

        var method = KrippendorffBootstrap.Describe(comparison.Method);
        List<string[]> rows =
        [
            Row(files[0], comparison.First, read[0].UnitCount),
            Row(files[1], comparison.Second, read[1].UnitCount),
            [
                "difference (second − first)", ReportNumbers.Fixed(comparison.Difference), ReportNumbers.Fixed(comparison.CiLow), ReportNumbers.Fixed(comparison.CiHigh), string.Empty,
                comparison.ShareBelowZero is { } below
                    ? string.Create(CultureInfo.InvariantCulture, $"{method}, {comparison.Resamples:#,0} resamples each, seed {agreementOptions.Seed}; share of resampled differences below 0: {below:0.###}")
                    : "undefined: an alpha is undefined",
            ],
        ];
        TablePrinter.Print(context, parseResult.GetValue(options.Format), CompareHeader, rows);
        return ExitCodes.Success;
    }

    private static string[] Row(string file, AgreementEstimate alpha, int units) =>
    [
        file, ReportNumbers.Fixed(alpha.Value), ReportNumbers.Fixed(alpha.CiLow), ReportNumbers.Fixed(alpha.CiHigh), ReportNumbers.Invariant(units), alpha.Note ?? string.Empty,
    ];
}
