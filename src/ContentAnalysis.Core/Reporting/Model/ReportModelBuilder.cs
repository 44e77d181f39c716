using System.Globalization;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Builds the one <see cref="ReportModel"/> every report renders, from the project's real data: agreement through
/// <see cref="ProjectAgreement"/> (bootstrapped once, shared by all reports), findings through the Analysis services.
/// </summary>
public static partial class ReportModelBuilder
{
    /// <summary>The sample used when none is named and <c>data/samples/reliability.csv</c> exists.</summary>
    public const string DefaultSample = "reliability";

    /// <summary>Builds the model of <paramref name="project"/>.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">Sample, bootstrap, clock and software version.</param>
    /// <param name="progress">Progress of the bootstrap from 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    /// <exception cref="Diagnostics.InputException">The codebook, corpus, codings or sample are invalid, or fewer than two coders coded.</exception>
    public static ReportModel Build(Project project, ReportOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        var codebook = project.Codebook;
        var corpus = project.RequireUnits();
        var all = project.Codings.LoadAll(cancellationToken);
        var independent = all.Where(c => project.Codings.IsIndependent(c.Coder)).ToList();
        var sampleName = options.Sample ?? (File.Exists(SampleFile.PathOf(project.Layout, DefaultSample)) ? DefaultSample : null);
        var sample = sampleName is null or NameResolver.AllUnits ? null : project.Names.Sample(sampleName);
        var sampleUnits = project.Names.SampleUnits(sampleName);

        var agreementOptions = new AgreementOptions { BootstrapResamples = options.BootstrapResamples, BootstrapMethod = options.BootstrapMethod, Significance = options.Significance };
        var request = new AgreementRequest(codebook, independent) { Units = sampleUnits, ExcludedUnits = project.Corpus.Exclusions.UnitIds, Options = agreementOptions, ByCategory = true, Details = true };
        var results = ProjectAgreement.Compute(request, progress, cancellationToken);

        var runDate = DateOnly.FromDateTime(options.Clock.GetUtcNow().UtcDateTime);
        return new ReportModel(
            Study(project.Settings.Study),
            new SoftwareInfo(options.SoftwareName, options.SoftwareVersion, results.BootstrapResamples, results.Seed, results.Significance) { BootstrapMethod = results.BootstrapMethod.ToString().ToLowerInvariant() },
            runDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Codebook(codebook),
            Corpus(project, all),
            Coders(all, sampleUnits),
            Sample(project, sample, sampleUnits),
            Agreement(project, codebook, independent, results),
            ReconciliationSummaryAdapter.Summarise(project),
            Findings(project, codebook, all, options.EvidencePerPeriod))
        {
            Training = Training(project.Layout),
        };
    }

    private static StudyInfo Study(StudySettings study) => new(
        study.Title,
        study.Authors.Count == 0 ? null : string.Join(", ", study.Authors),
        study.Coders,
        study.TrainingHours,
        study.PilotRounds,
        study.Instrument,
        study.SampleSelection,
        study.Independence,
        study.Disagreements);

    private static CodebookInfo Codebook(Codebook codebook) => new(
        codebook.Id,
        codebook.Title,
        codebook.Version,
        codebook.ContentHash,
        codebook.Description.Trim(),
        string.Join(", ", codebook.Authors),
        codebook.Unit.ToString().ToLowerInvariant(),
        [.. codebook.Dimensions.Select(Dimension)]);

    private static DimensionInfo Dimension(Dimension dimension) => new(
        dimension.Id,
        dimension.Label,
        dimension.Question.Trim(),
        dimension.Description?.Trim() ?? string.Empty,
        dimension.Kind.ToString().ToLowerInvariant(),
        dimension.Kind switch
        {
            DimensionKind.Single => "one category per unit",
            DimensionKind.Multi => "any number of categories per unit",
            DimensionKind.Ordinal => "an ordinal scale",
            _ => "an interval scale",
        },
        dimension.Required,
        dimension.IsCategorical,
        [.. Categories(dimension.Categories, 0)],
        [.. dimension.Levels.Select(l => new LevelInfo(l.Value.ToString("+0;-0;0", CultureInfo.InvariantCulture), l.Label, l.Definition?.Trim() ?? string.Empty, l.Examples))]);

    private static IEnumerable<CategoryInfo> Categories(IReadOnlyList<Category> categories, int depth)
    {
        foreach (var category in categories)
        {
            yield return new CategoryInfo(
                category.Id,
                category.Label,
                category.Definition.Trim(),
                category.Include,
                [.. category.Exclude.Select(e => e.See is null ? e.Text : $"{e.Text} (see {e.See})")],
                category.Examples,
                depth);
            foreach (var child in Categories(category.Categories, depth + 1))
            {
                yield return child;
            }
        }
    }

    private static IReadOnlyList<CoderInfo> Coders(IReadOnlyList<CoderCodings> codings, IReadOnlySet<string>? sample) =>
        [.. codings.Select(c =>
        {
            var units = c.Units.Where(u => u.Value.Count > 0).Select(u => u.Key).ToList();
            return new CoderInfo(c.Coder, units.Count, sample is null ? units.Count : units.Count(sample.Contains), c.Count, c.Coder == AnalysisSelection.DefaultCoder);
        })];

    private static SampleInfo Sample(Project project, ReliabilitySample? sample, IReadOnlySet<string>? units)
    {
        var corpus = project.Corpus;
        var population = sample?.Population ?? corpus.Units.Count;
        var inSample = units is null ? corpus.Units : [.. corpus.Units.Where(u => units.Contains(u.Id))];
        var periods = PeriodOrder(project, inSample.Select(u => u.Period))
            .Select(p => new GroupCount(p, PeriodLabel(project, p), inSample.Where(u => u.Period == p).Select(u => u.DocumentId).Distinct(StringComparer.Ordinal).Count(), inSample.Count(u => u.Period == p)))
            .ToList();
        return new SampleInfo(
            sample?.Name ?? NameResolver.AllUnits,
            inSample.Count,
            population,
            population == 0 ? 0 : (double)inSample.Count / population,
            sample?.Seed ?? 0,
            (sample?.Stratify ?? SampleStratifier.None).ToString().ToLowerInvariant(),
            sample?.Size.ToString() ?? string.Empty,
            periods);
    }
}
