using System.CommandLine;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Project mode of <c>qcat agree</c>: one report per dimension (and per category) from the coding journals.</summary>
internal static partial class AgreeCommand
{
    private static AgreementResultSet RunProject(CliContext context, AgreeOptions options, ParseResult parseResult, AgreementOptions agreementOptions, CancellationToken cancellationToken)
    {
        var timings = AgreeTimings.FromEnvironment(context);
        var project = context.OpenProject(parseResult, parseResult.GetValue(options.Codebook));
        var codebook = project.Codebook;
        var dimensions = project.Names.Dimensions(parseResult.GetValue(options.Dimension));
        var coders = SelectCoders(project, SplitList(parseResult.GetValue(options.Coders)));
        timings.Mark("project");
        var codings = project.Codings.Load(coders, cancellationToken);
        timings.Mark("journals");
        context.Report(codings.SelectMany(c => c.Diagnostics));
        var sample = project.Names.SampleUnits(parseResult.GetValue(options.Sample));
        WarnQuadratic(context, coders.Count, parseResult.GetValue(options.Details), agreementOptions.Coefficients);

        var request = new AgreementRequest(codebook, codings)
        {
            Dimensions = dimensions,
            Units = sample,
            ExcludedUnits = project.Exclusions.UnitIds,
            Options = agreementOptions with { BootstrapResamples = parseResult.GetValue(options.Bootstrap) ?? AgreementOptions.DefaultBootstrapResamples },
            Level = parseResult.GetValue(options.Level),
            ByCategory = parseResult.GetValue(options.ByCategory),
            Details = parseResult.GetValue(options.Details),
        };
        var results = ProgressRunner.Run(context, "computing agreement", progress => ProjectAgreement.Compute(request, progress, cancellationToken));
        timings.Mark("coefficients");
        return results;
    }

    private static IReadOnlyList<string> SelectCoders(Project project, string[]? requested)
    {
        // "All coders" leaves reconciliation targets (gold) out: they are not independent codings.
        var coders = requested is null ? project.Codings.IndependentCoders : project.Names.Coders(requested);
        return coders.Count >= 2
            ? coders
            : throw new InputException(CliMessages.TooFewCoders(coders.Count, requested: requested is not null));
    }
}
