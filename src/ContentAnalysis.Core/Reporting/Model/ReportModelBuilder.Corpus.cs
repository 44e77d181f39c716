using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Reporting;

public static partial class ReportModelBuilder
{
    private const string NoPeriod = "no period";

    private static CorpusInfo Corpus(Project project, IReadOnlyList<CoderCodings> codings)
    {
        var corpus = project.Corpus;
        var coded = codings.SelectMany(c => c.Units.Where(u => u.Value.Count > 0).Select(u => u.Key)).ToHashSet(StringComparer.Ordinal);
        var codedUnits = corpus.ContentUnits.Count(u => coded.Contains(u.Id));
        var periods = PeriodOrder(project, corpus.Units.Select(u => u.Period))
            .Select(p => new GroupCount(
                p.Length == 0 ? NoPeriod : p,
                PeriodLabel(project, p),
                corpus.Units.Where(u => u.Period == p).Select(u => u.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                corpus.Units.Count(u => u.Period == p)))
            .ToList();
        var sources = corpus.Documents
            .GroupBy(d => d.Metadata.Source, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupCount(g.Key, g.Key, g.Count(), g.Sum(d => corpus.UnitsOf(d.Metadata.Id).Count)))
            .ToList();
        var documents = corpus.Documents
            .OrderBy(d => d.Metadata.Date, StringComparer.Ordinal).ThenBy(d => d.Metadata.Id, StringComparer.Ordinal)
            .Select(d => new DocumentInfo(d.Metadata.Id, d.Metadata.Title, d.Metadata.Author, d.Metadata.Source, d.Metadata.Date, d.Metadata.Period, corpus.UnitsOf(d.Metadata.Id).Count))
            .ToList();
        var unitKind = corpus.Documents.Select(d => d.UnitKind).Distinct(StringComparer.Ordinal).ToList();
        var excluded = corpus.Units.Count - corpus.ContentUnits.Count;
        return new CorpusInfo(corpus.Documents.Count, corpus.Units.Count, string.Join(", ", unitKind), codedUnits, corpus.ContentUnits.Count - codedUnits, periods, sources, documents) { ExcludedUnits = excluded };
    }

    // Periods in the order qcat.yaml declares them; undeclared ones after, by name; units without a period last.
    private static List<string> PeriodOrder(Project project, IEnumerable<string> periods)
    {
        var declared = project.Settings.Periods.Ids.ToList();
        return [.. periods.Distinct(StringComparer.Ordinal)
            .OrderBy(p => p.Length == 0 ? 1 : 0)
            .ThenBy(p => declared.IndexOf(p) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(p => p, StringComparer.Ordinal)];
    }

    private static string PeriodLabel(Project project, string id) =>
        id.Length == 0 ? NoPeriod : project.Settings.Periods.Periods.FirstOrDefault(p => p.Id == id)?.Label is { Length: > 0 } label ? label : id;
}
