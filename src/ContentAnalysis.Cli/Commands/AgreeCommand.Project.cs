using System.CommandLine;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Project mode of <c>qcat agree</c>: one report per dimension (and per category) from the coding journals.</summary>
internal static partial class AgreeCommand
{
    private const int ProjectBootstrapDefault = 1000;

    private static (List<AgreementReport> Reports, List<AgreementDetails?>? Details) RunProject(CliContext context, AgreeOptions options, ParseResult parseResult, string[]? coefficients, CancellationToken cancellationToken)
    {
        var project = context.OpenProject(parseResult, parseResult.GetValue(options.Codebook));
        var codebook = project.Codebook;
        var dimensions = project.Names.Dimensions(parseResult.GetValue(options.Dimension));
        var coders = SelectCoders(project, SplitList(parseResult.GetValue(options.Coders)));
        var codings = coders.Select(c => project.Codings.Load(c, cancellationToken)).ToList();
        context.Report(codings.SelectMany(c => c.Diagnostics));
        var sample = project.Names.SampleUnits(parseResult.GetValue(options.Sample));

        var agreementOptions = new AgreementOptions
        {
            BootstrapResamples = parseResult.GetValue(options.Bootstrap) ?? ProjectBootstrapDefault,
            Seed = parseResult.GetValue(options.Seed),
            Coefficients = coefficients,
        };
        var byCategory = parseResult.GetValue(options.ByCategory);
        var withDetails = parseResult.GetValue(options.Details);
        return ProgressRunner.Run(context, "computing agreement", progress =>
        {
            var reports = new List<AgreementReport>();
            var details = new List<AgreementDetails?>();
            for (var i = 0; i < dimensions.Count; i++)
            {
                var dimension = dimensions[i];
                var step = new Progress<double>(f => progress?.Report((i + f) / dimensions.Count));
                reports.Add(CodingAgreement.ForDimension(codebook, dimension, codings, agreementOptions, parseResult.GetValue(options.Level), sample, step, cancellationToken));
                details.Add(withDetails ? CodingAgreement.DetailsFor(dimension, codings, parseResult.GetValue(options.Level), sample) : null);
                if (byCategory && dimension.IsCategorical)
                {
                    var categories = CodingAgreement.ForCategories(dimension, codings, agreementOptions with { BootstrapResamples = 0 }, sample, cancellationToken).ToList();
                    reports.AddRange(categories);
                    details.AddRange(categories.Select(_ => (AgreementDetails?)null));
                }
            }

            return (reports, withDetails ? details : null);
        });
    }

    private static IReadOnlyList<string> SelectCoders(Project project, string[]? requested)
    {
        var coders = project.Names.Coders(requested);
        return coders.Count >= 2
            ? coders
            : throw new InputException(requested is null
                ? Diagnostic.Error(AgreementDiagnostics.TooFewJournals, $"{coders.Count} coder journal(s) in data/codings/; agreement needs at least two coders", hint: "import codings with 'qcat codings import FILE --coder NAME' or code with 'qcat code'")
                : Diagnostic.Error(AgreementDiagnostics.TooFewJournals, "--coders needs at least two coders", hint: "e.g. --coders anna,ben"));
    }
}
