using System.CommandLine;
using System.Globalization;
using ContentAnalysis.Cli.Output;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Reconciliation;
using ContentAnalysis.Core.Reporting;
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
        var bootstrap = new Option<int>("--bootstrap", "-b") { Description = "Bootstrap resamples for alpha's interval and q(alpha < .800)", DefaultValueFactory = _ => AgreementOptions.DefaultBootstrapResamples };
        var significance = new Option<double>("--significance") { Description = "Significance of the verdict: 'reliable' needs q(alpha < .800) below it", DefaultValueFactory = _ => ReliabilityVerdict.DefaultSignificance };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for the reports (default: reports/out in the project)" };
        var command = new Command("demo", "Walk through the example study: codebook, corpus, codings, integrity check, reliability per dimension and category, and every report in Markdown, HTML and Word (changes nothing else)") { sample, bootstrap, significance, output };
        command.SetAction((parseResult, cancellationToken) =>
        {
            AgreeCommand.CheckBootstrap(parseResult.GetValue(bootstrap));
            var options = new AgreementOptions
            {
                BootstrapResamples = parseResult.GetValue(bootstrap),
                Significance = AgreeCommand.CheckSignificance(parseResult.GetValue(significance)),
                Coefficients = [AgreementAnalyzer.HeadlineAlpha, "percent_agreement", "gwet_ac1"],
            };
            var project = context.OpenProject(parseResult);
            var layout = project.Layout;
            var console = context.Console;
            var codebook = project.Codebook;
            var corpus = project.Corpus;
            var all = project.Codings.LoadAll(cancellationToken);
            var codings = all.Where(c => project.Codings.IsIndependent(c.Coder)).ToList();
            var sampleName = parseResult.GetValue(sample) ?? (File.Exists(SampleFile.PathOf(layout, DefaultSample)) ? DefaultSample : null);
            var units = project.Names.SampleUnits(sampleName);

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
            // Periods in the order qcat.yaml declares them (undeclared or empty ones last, as found).
            var declared = project.Settings.Periods.Ids.ToList();
            var periods = corpus.Units.GroupBy(u => u.Period)
                .OrderBy(g => declared.IndexOf(g.Key) is var i && i >= 0 ? i : int.MaxValue)
                .Select(g => $"{(g.Key.Length == 0 ? "no period" : g.Key)} {g.Count()}");
            console.MarkupLine(Markup.Escape($"corpus: {corpus.Documents.Count} documents, {corpus.Units.Count} units ({string.Join(", ", periods)})"));
            console.MarkupLine(Markup.Escape($"codings: {string.Join(", ", all.Select(c => $"{c.Coder} {c.Units.Count} units{(codings.Contains(c) ? string.Empty : " (reconciled)")}"))}"));
            var check = IntegrityCheck.Run(layout, codebook, cancellationToken);
            console.MarkupLine(Markup.Escape($"check: {check.ErrorCount} error(s), {check.WarningCount} warning(s)"));
            console.WriteLine();

            var request = new AgreementRequest(codebook, codings) { Units = units, ExcludedUnits = corpus.Exclusions.UnitIds, Options = options, ByCategory = true };
            var results = ProgressRunner.Run(context, "computing agreement", progress => ProjectAgreement.Compute(request, progress, cancellationToken));
            var dimensions = results.Results.Where(r => codebook.FindDimension(r.Report.Subject) is not null).ToList();
            var categories = results.Results.Except(dimensions).ToList();
            console.Write(ReliabilityTable(codebook, dimensions, sampleName, codings.Count));
            console.MarkupLine(Markup.Escape(BootstrapLine(results)));
            foreach (var result in dimensions.Where(r => r.Note is not null))
            {
                console.MarkupLine(Markup.Escape($"{result.Report.Subject} has {result.Report.PairableUnits} units: {result.Note}."));
            }

            console.Write(CategoryTable(categories));
            console.MarkupLine("[dim]Krippendorff (2004, sec. 11.4): rely on variables with α ≥ .800; α ≥ .667 allows tentative conclusions only.[/]");
            console.MarkupLine("[dim]Fewer than 10 pairable units give no verdict (too few units).[/]");
            console.WriteLine();
            foreach (var line in ReconciliationAndFindings(project, all, cancellationToken))
            {
                console.MarkupLine(Markup.Escape(line));
            }

            console.WriteLine();
            var folder = parseResult.GetValue(output) is { } typed ? context.Resolve(typed) : Path.Combine(project.Root, "reports", "out");
            console.MarkupLine(Markup.Escape($"reports in {Display(context, folder)}:"));
            foreach (var path in DemoReports.Write(context, project, folder, sampleName, options, cancellationToken))
            {
                console.MarkupLine(Markup.Escape("  " + Display(context, path)));
            }

            console.MarkupLine("[dim]Next:[/]");
            foreach (var hint in NextHints(dimensions, categories))
            {
                console.MarkupLine($"[dim]  {Markup.Escape(hint)}[/]");
            }

            return Task.FromResult(check.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success);
        });
        return command;
    }

    // What reconciliation into 'gold' decided, and what the gold coding says: the most frequent category per
    // category dimension. Without a gold coding, one line says how to make it.
    private static IEnumerable<string> ReconciliationAndFindings(Project project, IReadOnlyList<CoderCodings> all, CancellationToken cancellationToken)
    {
        var into = ReconciliationRequest.DefaultInto;
        var gold = all.FirstOrDefault(c => c.Coder == into);
        if (gold is null || ReconciliationSummary.Recorded(project, into, cancellationToken)?.Total is not { } total)
        {
            yield return $"reconciliation: no '{into}' coding yet (qcat reconcile --coders a,b); the findings report needs it";
            yield break;
        }

        var chose = string.Join(", ", total.ChoseCoder.Select(p => $"{p.Key} {p.Value}"));
        yield return string.Create(CultureInfo.InvariantCulture,
            $"reconciliation into {into}: {total.Agreed} agreed, {total.Adjudicated} decided by the adjudicator (chose {chose}; combined {total.Combined}; new value {total.NewValue}), {total.Open} open");
        var coded = CodedCorpus.Create(project.Corpus, gold);
        var dimensions = project.Codebook.Dimensions.Where(d => d.IsCategorical).ToList();
        foreach (var table in FrequencyAnalysis.Run(coded, dimensions))
        {
            var categories = project.Codebook.FindDimension(table.Dimension)!.AllCategories().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var top = table.Rows.Where(r => r.Count > 0 && categories.Contains(r.Value)).OrderByDescending(r => r.Count).FirstOrDefault();
            if (top is not null)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{into}: {table.Dimension}: most frequent {top.Value} ({top.Count} of {table.Units} units)");
            }
        }
    }

    // At 80 columns the headline columns stay (dimension, n, α, interval, q(α<.800), verdict); narrower, one block per dimension.
    private static OutputTable ReliabilityTable(Codebook codebook, List<AgreementResult> results, string? sample, int coders)
    {
        var table = new OutputTable(
        [
            OutputColumn.Whole("dimension"), OutputColumn.Whole("level", dropRank: 3), OutputColumn.Whole("units") with { ShortHeader = "n" },
            OutputColumn.Whole("α"), OutputColumn.Whole("95% CI"), OutputColumn.Whole("q(α<.800)"), OutputColumn.Text("verdict"),
            OutputColumn.Whole("% agree", dropRank: 2), OutputColumn.Whole("AC1", dropRank: 1),
        ])
        {
            Title = $"[bold]Reliability[/] ({Markup.Escape(sample is null ? "all units" : $"sample '{sample}'")}, {coders} coders)",
        };
        foreach (var result in results)
        {
            var report = result.Report;
            var alpha = report.Find(AgreementAnalyzer.HeadlineAlpha);
            var level = codebook.FindDimension(report.Subject)?.Kind == DimensionKind.Multi ? "sets (MASI)" : report.Level.ToString().ToLowerInvariant();
            table.AddRow(
                report.Subject,
                level,
                report.PairableUnits.ToString(CultureInfo.InvariantCulture),
                ReportNumbers.Fixed(alpha?.Value),
                alpha is null ? string.Empty : ReportNumbers.Interval(alpha),
                ReportNumbers.Fixed(alpha?.QBelow800),
                AgreementOutput.VerdictCell(result.Verdict),
                ReportNumbers.Fixed(report.Find("percent_agreement")?.Value),
                ReportNumbers.Fixed(report.Find("gwet_ac1")?.Value));
        }

        return table;
    }

    private static OutputTable CategoryTable(List<AgreementResult> results)
    {
        var table = new OutputTable(
            [OutputColumn.Whole("dimension"), OutputColumn.Whole("category"), OutputColumn.Whole("α"), OutputColumn.Text("verdict"), OutputColumn.Whole("% agree", dropRank: 1)])
        {
            Title = "[bold]Per category[/] (present/absent, nominal α)",
        };
        foreach (var result in results)
        {
            var (dimension, category) = Split(result.Report.Subject);
            table.AddRow(
                dimension,
                category,
                ReportNumbers.Fixed(result.Report.Find(AgreementAnalyzer.HeadlineAlpha)?.Value),
                AgreementOutput.VerdictCell(result.Verdict),
                ReportNumbers.Fixed(result.Report.Find("percent_agreement")?.Value));
        }

        return table;
    }

    // Relative to where the user stands when inside it, else in full.
    private static string Display(CliContext context, string path) =>
        Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/') is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : path;

    private static string BootstrapLine(AgreementResultSet results) => results.BootstrapResamples > 0
        ? string.Create(CultureInfo.InvariantCulture, $"95% CI and q(α<.800) from {results.BootstrapResamples:#,0} bootstrap resamples (seed {results.Seed}); 'reliable' needs α ≥ .800 and q(α<.800) < {results.Significance:0.###}.")
        : "no bootstrap (--bootstrap 0): verdicts rest on the point estimate only.";

    // Points at what the project's own results suggest looking at: the weakest dimension and category.
    private static List<string> NextHints(List<AgreementResult> dimensions, List<AgreementResult> categories)
    {
        static double Alpha(AgreementResult r) => r.Report.Find(AgreementAnalyzer.HeadlineAlpha)?.Value ?? double.PositiveInfinity;
        var hints = new List<string>();
        if (dimensions.OrderBy(Alpha).FirstOrDefault() is { } dimension)
        {
            hints.Add($"qcat agree --details --dimension {dimension.Report.Subject}");
        }

        if (categories.OrderBy(Alpha).FirstOrDefault() is { } category)
        {
            hints.Add($"qcat codebook show --category {Split(category.Report.Subject).Category}");
        }

        return [.. hints, "qcat code --coder you", "qcat --help"];
    }

    private static (string Dimension, string Category) Split(string subject)
    {
        var slash = subject.IndexOf('/', StringComparison.Ordinal);
        return (subject[..slash], subject[(slash + 1)..]);
    }
}
