using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Sampling;
using Spectre.Console;

namespace ContentAnalysis.Cli.Commands;

/// <summary>
/// <c>qcat demo</c>: the whole pipeline on the current project, read-only — codebook, corpus, codings,
/// integrity, and the reliability of every dimension and category on the reliability sample.
/// </summary>
internal static class DemoCommand
{
    private const string DefaultSample = "reliability";

    public static Command Create(CliContext context)
    {
        var sample = new Option<string?>("--sample") { Description = $"Reliability sample (default: '{DefaultSample}' when data/samples/{DefaultSample}.csv exists, else all units)" };
        var bootstrap = new Option<int>("--bootstrap", "-b") { Description = "Bootstrap resamples for alpha's interval", DefaultValueFactory = _ => 2000 };
        var command = new Command("demo", "Walk through the example study: codebook, corpus, codings, integrity check and reliability per dimension and category (changes nothing)") { sample, bootstrap };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var project = context.OpenProject(parseResult);
            var layout = project.Layout;
            var console = context.Console;
            var codebook = project.Codebook;
            var corpus = project.Corpus;
            var codings = project.Codings.LoadAll(cancellationToken);

            console.Write(HeadingRule.Create($"[bold]{Markup.Escape(codebook.Title)}[/]"));
            console.MarkupLine(Markup.Escape($"codebook {codebook.Id} v{codebook.Version} ({codebook.ContentHash}), unit: {codebook.Unit.ToString().ToLowerInvariant()}"));
            foreach (var dimension in codebook.Dimensions)
            {
                var values = dimension.IsCategorical
                    ? string.Join(", ", dimension.AllCategories().Select(c => c.Id))
                    : string.Join(", ", dimension.Levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Value:+0;-0;0} {l.Label}")));
                console.MarkupLine(Markup.Escape($"  {dimension.Id} ({dimension.Kind.ToString().ToLowerInvariant()}): {values}"));
            }

            console.WriteLine();
            var periods = corpus.Units.GroupBy(u => u.Period).Select(g => $"{g.Key} {g.Count()}");
            console.MarkupLine(Markup.Escape($"corpus: {corpus.Documents.Count} documents, {corpus.Units.Count} units ({string.Join(", ", periods)})"));
            console.MarkupLine(Markup.Escape($"codings: {string.Join(", ", codings.Select(c => $"{c.Coder} {c.Units.Count} units"))}"));
            var check = IntegrityCheck.Run(layout, codebook, cancellationToken);
            console.MarkupLine(Markup.Escape($"check: {check.ErrorCount} error(s), {check.WarningCount} warning(s)"));
            console.WriteLine();

            var sampleName = parseResult.GetValue(sample) ?? (File.Exists(SampleFile.PathOf(layout, DefaultSample)) ? DefaultSample : null);
            var units = project.Names.SampleUnits(sampleName);
            var options = new AgreementOptions { BootstrapResamples = parseResult.GetValue(bootstrap) };
            var reports = ProgressRunner.Run(context, "computing agreement", _ => codebook.Dimensions
                .Select(d => (Dimension: d, Report: CodingAgreement.ForDimension(codebook, d, codings, options, units: units, cancellationToken: cancellationToken)))
                .ToList());
            console.Write(ReliabilityTable(reports, sampleName, codings.Count));
            console.Write(CategoryTable(codebook, codings, units, cancellationToken));
            console.MarkupLine("[dim]Krippendorff: rely on variables with α ≥ .800; α ≥ .667 allows tentative conclusions only.[/]");
            console.MarkupLine("[dim]Next: qcat agree --details · qcat codebook show --category mediator · qcat code --coder you · qcat --help[/]");
            return Task.FromResult(check.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success);
        });
        return command;
    }

    // At 80 columns the headline columns stay (dimension, n, α, interval, P(α<.800), verdict); narrower, one block per dimension.
    private static OutputTable ReliabilityTable(List<(Dimension Dimension, AgreementReport Report)> reports, string? sample, int coders)
    {
        var table = new OutputTable(
        [
            OutputColumn.Whole("dimension"), OutputColumn.Whole("level", dropRank: 3), OutputColumn.Whole("units") with { ShortHeader = "n" },
            OutputColumn.Whole("α"), OutputColumn.Whole("95% CI"), OutputColumn.Whole("P(α<.800)"), OutputColumn.Text("verdict"),
            OutputColumn.Whole("% agree", dropRank: 2), OutputColumn.Whole("AC1", dropRank: 1),
        ])
        {
            Title = $"[bold]Reliability[/] ({Markup.Escape(sample is null ? "all units" : $"sample '{sample}'")}, {coders} coders)",
        };
        foreach (var (dimension, report) in reports)
        {
            var alpha = report.Find(AgreementAnalyzer.HeadlineAlpha);
            var level = dimension.Kind == DimensionKind.Multi ? "sets (MASI)" : report.Level.ToString().ToLowerInvariant();
            table.AddRow(
                dimension.Id,
                level,
                report.PairableUnits.ToString(CultureInfo.InvariantCulture),
                AgreementReportWriter.Fixed(alpha?.Value),
                alpha is null ? string.Empty : AgreementReportWriter.Interval(alpha),
                AgreementReportWriter.Fixed(alpha?.QBelow800),
                Verdict(alpha?.Value),
                AgreementReportWriter.Fixed(report.Find("percent_agreement")?.Value),
                AgreementReportWriter.Fixed(report.Find("gwet_ac1")?.Value));
        }

        return table;
    }

    private static OutputTable CategoryTable(Codebook codebook, IReadOnlyList<CoderCodings> codings, IReadOnlySet<string>? units, CancellationToken cancellationToken)
    {
        var table = new OutputTable(
            [OutputColumn.Whole("dimension"), OutputColumn.Whole("category"), OutputColumn.Whole("α"), OutputColumn.Text("verdict"), OutputColumn.Whole("% agree", dropRank: 1)])
        {
            Title = "[bold]Per category[/] (present/absent, nominal α)",
        };
        foreach (var dimension in codebook.Dimensions.Where(d => d.IsCategorical))
        {
            var options = new AgreementOptions { Coefficients = ["percent_agreement", KrippendorffAlpha.NameFor(LevelOfMeasurement.Nominal)] };
            foreach (var report in CodingAgreement.ForCategories(dimension, codings, options, units, cancellationToken))
            {
                var alpha = report.Find(KrippendorffAlpha.NameFor(LevelOfMeasurement.Nominal));
                table.AddRow(
                    dimension.Id,
                    report.Subject[(dimension.Id.Length + 1)..],
                    AgreementReportWriter.Fixed(alpha?.Value),
                    Verdict(alpha?.Value),
                    AgreementReportWriter.Fixed(report.Find("percent_agreement")?.Value));
            }
        }

        return table;
    }

    private static OutputCell Verdict(double? alpha) => alpha switch
    {
        null => new("undefined", new Style(decoration: Decoration.Dim)),
        >= 0.8 => new("reliable", new Style(Color.Green)),
        >= 0.667 => new("tentative", new Style(Color.Yellow)),
        _ => new("unreliable", new Style(Color.Red)),
    };
}
