using System.CommandLine;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Naming;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Cli.Commands;

/// <summary>Project mode of <c>qcat agree</c>: one report per dimension (and per category) from the coding journals.</summary>
internal static partial class AgreeCommand
{
    private const int ProjectBootstrapDefault = 1000;

    private static (List<AgreementReport> Reports, List<AgreementDetails?>? Details) RunProject(CliContext context, AgreeOptions options, ParseResult parseResult, string[]? coefficients, CancellationToken cancellationToken)
    {
        var layout = context.Layout(parseResult);
        var codebook = CodingsCommand.LoadCodebook(layout, parseResult.GetValue(options.Codebook));
        var store = CodingStore.Open(layout);
        var coders = SelectCoders(store, SplitList(parseResult.GetValue(options.Coders)));
        var codings = coders.Select(c => store.Load(c, cancellationToken)).ToList();
        context.Report(codings.SelectMany(c => c.Diagnostics));
        IReadOnlySet<string>? sample = parseResult.GetValue(options.Sample) is { } name
            ? SampleFile.Read(SampleFile.PathOf(layout, name), $"data/samples/{name}.csv").Units.Select(u => u.Unit).ToHashSet(StringComparer.Ordinal)
            : null;

        var dimensions = SelectDimensions(codebook, parseResult.GetValue(options.Dimension));
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

    private static List<string> SelectCoders(CodingStore store, string[]? requested)
    {
        var available = store.Coders;
        if (requested is null)
        {
            return available.Count >= 2
                ? [.. available]
                : throw new InputException(Diagnostic.Error(AgreementDiagnostics.TooFewJournals, $"{available.Count} coder journal(s) in data/codings/; agreement needs at least two coders", hint: "import codings with 'qcat codings import FILE --coder NAME' or code with 'qcat code'"));
        }

        foreach (var coder in requested)
        {
            if (!available.Contains(coder, StringComparer.Ordinal))
            {
                throw new InputException(Diagnostic.Error(AgreementDiagnostics.UnknownCoder, $"coder '{coder}' has no journal in data/codings/", hint: EditDistance.DidYouMean(coder, available) ?? "known coders: " + string.Join(", ", available)));
            }
        }

        return requested.Length >= 2
            ? [.. requested]
            : throw new InputException(Diagnostic.Error(AgreementDiagnostics.TooFewJournals, "--coders needs at least two coders", hint: "e.g. --coders anna,ben"));
    }

    private static List<Dimension> SelectDimensions(Codebook codebook, string[]? requested)
    {
        if (requested is null || requested.Length == 0)
        {
            return [.. codebook.Dimensions];
        }

        var ids = requested.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return [.. ids.Select(id => codebook.FindDimension(id) ?? throw new InputException(Diagnostic.Error(
            AgreementDiagnostics.UnknownDimension,
            $"unknown dimension '{id}'",
            codebook.SourcePath,
            hint: EditDistance.DidYouMean(id, codebook.Dimensions.Select(d => d.Id)) ?? "dimensions: " + string.Join(", ", codebook.Dimensions.Select(d => d.Id)))))];
    }
}
