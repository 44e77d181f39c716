using System.Globalization;
using ContentAnalysis.Core.Analysis;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Reporting;

public static partial class ReportModelBuilder
{
    private static FindingsInfo Findings(Project project, Codebook codebook, IReadOnlyList<CoderCodings> codings, int perPeriod)
    {
        var gold = codings.FirstOrDefault(c => c.Coder == AnalysisSelection.DefaultCoder);
        if (gold is null)
        {
            return new FindingsInfo(false, AnalysisSelection.DefaultCoder, 0, [], null, [], perPeriod, []);
        }

        var corpus = project.Corpus;
        var coded = CodedCorpus.Create(corpus, gold);
        var categorical = codebook.Dimensions.Where(d => d.IsCategorical).ToList();
        var codedUnits = coded.Units.Count(u => u.Codings.Count > 0);
        return new FindingsInfo(
            true,
            gold.Coder,
            codedUnits,
            [.. codebook.Dimensions.Select(d => Frequencies(coded, d))],
            categorical.Count > 1 ? Cooccurrence(coded, categorical) : null,
            [.. categorical.SelectMany(d => Crosstabs(coded, d))],
            perPeriod,
            [.. categorical.SelectMany(d => Evidence(project, coded, d, perPeriod))])
        {
            CooccurrenceCounts = categorical.Count > 0 ? CooccurrenceMatrix(coded, categorical) : null,
        };
    }

    private static ChartMatrix CooccurrenceMatrix(CodedCorpus corpus, IReadOnlyList<Dimension> dimensions)
    {
        var categories = dimensions.SelectMany(d => d.AllCategories().Select(c => (Dimension: d, Category: c.Id))).ToList();
        var present = corpus.Units
            .Select(u => categories.Select(c => u.ValuesOn(c.Dimension) is { } values && values.Contains(c.Category, StringComparer.Ordinal)).ToArray())
            .ToList();
        var values = categories.Select((_, a) => (IReadOnlyList<double>)[.. categories.Select((_, b) => (double)present.Count(p => p[a] && p[b]))]).ToList();
        var labels = categories.Select(c => c.Category).ToList();
        return new ChartMatrix(labels, labels, values);
    }

    /// <summary>The figure id of a dimension's frequencies by period.</summary>
    internal static string FrequencyChartId(string dimension) => "frequencies-" + dimension.Replace('_', '-');

    private static FrequencyInfo Frequencies(CodedCorpus corpus, Dimension dimension)
    {
        var overall = FrequencyAnalysis.Run(corpus, [dimension])[0];
        var byPeriod = FrequencyAnalysis.Run(corpus, [dimension], DocumentField.Period);
        var bySource = FrequencyAnalysis.Run(corpus, [dimension], DocumentField.Source);
        return new FrequencyInfo(
            dimension.Id,
            dimension.Label,
            FrequencyChartId(dimension.Id),
            FrequencyTable($"Units coded {dimension.Id} per category and period (count and share of the units coded on it)", "period", overall, byPeriod),
            FrequencyTable($"Units coded {dimension.Id} per category and source", "source", overall, bySource),
            overall.Denominator)
        {
            PeriodCounts = new ChartMatrix(
                [.. byPeriod.Select(g => g.Group is { Length: > 0 } group ? group : "no period")],
                [.. overall.Rows.Select(r => r.Value)],
                [.. byPeriod.Select(g => (IReadOnlyList<double>)[.. g.Rows.Select(r => (double)r.Count)])]),
        };
    }

    private static ReportTable FrequencyTable(string caption, string by, FrequencyTable overall, IReadOnlyList<FrequencyTable> groups) => new(
        caption,
        ["value", .. groups.Select(g => g.Group is { Length: > 0 } group ? group : $"no {by}"), "all"],
        [.. overall.Rows.Select((row, i) => new ReportRow([row.Label.Length > 0 ? $"{row.Label} ({row.Value})" : row.Value, .. groups.Select(g => Cell(g.Rows[i])), Cell(row)])),
            new ReportRow(["units coded", .. groups.Select(g => g.Units.ToString(CultureInfo.InvariantCulture)), overall.Units.ToString(CultureInfo.InvariantCulture)])]);

    private static string Cell(FrequencyRow row) => row.Share is { } share ? $"{row.Count} ({ReportFormat.Percent(share)})" : row.Count.ToString(CultureInfo.InvariantCulture);

    private static ReportTable Cooccurrence(CodedCorpus corpus, IReadOnlyList<Dimension> dimensions)
    {
        var pairs = CooccurrenceAnalysis.Run(corpus, dimensions).Where(p => p.DimensionA != p.DimensionB && p.Both > 0).ToList();
        return new ReportTable(
            "Categories of different dimensions coded on the same unit (Jaccard = both ÷ either; lift = observed ÷ expected; φ = correlation of presence)",
            ["category A", "category B", "units with both", "Jaccard", "lift", "φ"],
            [.. pairs.Select(p => new ReportRow([$"{p.DimensionA}:{p.CategoryA}", $"{p.DimensionB}:{p.CategoryB}", p.Both.ToString(CultureInfo.InvariantCulture), ReportFormat.Apa(p.Jaccard), p.Lift is { } lift ? lift.ToString("0.00", CultureInfo.InvariantCulture) : "—", ReportFormat.Apa(p.Phi)]))]);
    }

    private static IEnumerable<CrosstabInfo> Crosstabs(CodedCorpus corpus, Dimension dimension)
    {
        var report = CrosstabAnalysis.Run(corpus, dimension, DocumentField.Period);
        foreach (var table in report.Tables)
        {
            var rows = table.Rows.Select((r, i) => new ReportRow([r, .. table.Counts[i].Select(c => c.ToString(CultureInfo.InvariantCulture))])).ToList();
            var what = table.Category is null ? dimension.Id : $"{dimension.Id}: {table.Category}";
            yield return new CrosstabInfo(
                dimension.Id,
                table.Category ?? string.Empty,
                new ReportTable($"{what} by period (units)", [table.Category is null ? "value" : "category", .. table.Columns], rows),
                TestText(table),
                table.PHolm ?? table.HeadlineP,
                table.CramersV);
        }
    }

    private static string TestText(CrosstabTable table)
    {
        if (table.ChiSquare is not { } chi)
        {
            return "no test: fewer than two rows or columns have units";
        }

        var test = string.Create(CultureInfo.InvariantCulture, $"χ²({chi.Df}) = {chi.Statistic:0.00}");
        var p = table.FisherP is { } fisher ? $"Fisher's exact p {ReportFormat.PValue(fisher)}"
            : chi.PValueMonteCarlo is { } monteCarlo ? $"p {ReportFormat.PValue(monteCarlo)} (Monte Carlo, expected counts below 5)"
            : $"p {ReportFormat.PValue(chi.PValue)}";
        var holm = table.PHolm is { } adjusted ? $", Holm-adjusted p {ReportFormat.PValue(adjusted)}" : string.Empty;
        return $"{test}, {p}{holm}, Cramér's V = {ReportFormat.Apa(table.CramersV)}";
    }

    // A reproducible choice of quotations: per period, the units with the smallest content hash (units.csv), so the
    // choice does not depend on coding order, is the same on every run and favours no position in a document.
    private static IEnumerable<EvidenceInfo> Evidence(Project project, CodedCorpus corpus, Dimension dimension, int perPeriod)
    {
        var store = project.Corpus;
        foreach (var category in dimension.AllCategories())
        {
            var units = corpus.Units.Where(u => u.ValuesOn(dimension) is { } values && values.Contains(category.Id, StringComparer.Ordinal)).ToList();
            var quotes = PeriodOrder(project, units.Select(u => u.Field(DocumentField.Period)))
                .SelectMany(p => units.Where(u => u.Field(DocumentField.Period) == p).OrderBy(u => u.Unit.Hash, StringComparer.Ordinal).ThenBy(u => u.Unit.Id, StringComparer.Ordinal).Take(perPeriod))
                .Select(u => new QuoteInfo(u.Unit.Id, u.Document.Title, u.Document.Author, u.Document.Date, u.Field(DocumentField.Period), store.UnitText(u.Unit).Trim()))
                .ToList();
            yield return new EvidenceInfo(dimension.Id, category.Id, category.Label, units.Count, quotes);
        }
    }
}
