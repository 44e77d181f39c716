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
    private static AgreementResultSet RunProject(CliContext context, AgreeOptions options, ParseResult parseResult, AgreementOptions agreementOptions, CancellationToken cancellationToken)
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

        var request = new AgreementRequest(codebook, codings)
        {
            Dimensions = SelectDimensions(codebook, parseResult.GetValue(options.Dimension)),
            Units = sample,
            Options = agreementOptions with { BootstrapResamples = parseResult.GetValue(options.Bootstrap) ?? AgreementOptions.DefaultBootstrapResamples },
            Level = parseResult.GetValue(options.Level),
            ByCategory = parseResult.GetValue(options.ByCategory),
            Details = parseResult.GetValue(options.Details),
        };
        return ProgressRunner.Run(context, "computing agreement", progress => ProjectAgreement.Compute(request, progress, cancellationToken));
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
