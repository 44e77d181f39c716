using System.Globalization;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Reporting;

public static partial class ReportModelBuilder
{
    private static AgreementInfo Agreement(Project project, Codebook codebook, IReadOnlyList<CoderCodings> coders, AgreementResultSet results)
    {
        var dimensions = results.Results.Where(r => codebook.FindDimension(r.Report.Subject) is not null).ToList();
        var categories = results.Results.Except(dimensions).ToList();
        var dimensionRows = dimensions.Select(r => Row(r, codebook)).ToList();
        var categoryRows = categories.Select(r => Row(r, codebook)).ToList();
        var all = dimensionRows.Concat(categoryRows).ToList();
        return new AgreementInfo(
            [.. coders.Select(c => c.Coder)],
            dimensionRows,
            categoryRows,
            [.. all.Where(r => r.Alpha < ReliabilityVerdict.TentativeAlpha).Select(r => r.Subject)],
            [.. all.Where(r => r.Alpha is >= ReliabilityVerdict.TentativeAlpha and < ReliabilityVerdict.ReliableAlpha).Select(r => r.Subject)],
            [.. all.Where(r => r.Alpha is null).Select(r => r.Subject)],
            [.. dimensions.Where(r => r.Details is not null).Select(r => Details(project, r.Report.Subject, r.Details!))]);
    }

    private static ReliabilityRow Row(AgreementResult result, Codebook codebook)
    {
        var report = result.Report;
        var alpha = report.Find(AgreementAnalyzer.HeadlineAlpha);
        var slash = report.Subject.IndexOf('/', StringComparison.Ordinal);
        var dimension = slash < 0 ? report.Subject : report.Subject[..slash];
        var level = slash < 0 && codebook.FindDimension(dimension)?.Kind == DimensionKind.Multi
            ? "sets (MASI)"
            : report.Level.ToString().ToLowerInvariant();
        return new ReliabilityRow(
            report.Subject,
            dimension,
            slash < 0 ? string.Empty : report.Subject[(slash + 1)..],
            level,
            report.PairableUnits,
            alpha?.Value,
            alpha?.CiLow,
            alpha?.CiHigh,
            alpha?.QBelow800,
            alpha?.QBelow667,
            result.Verdict.Key,
            result.Verdict.Label,
            result.Verdict.Basis,
            report.Find("percent_agreement")?.Value,
            report.Find("cohen_kappa")?.Value,
            report.Find("fleiss_kappa")?.Value,
            report.Find("conger_kappa")?.Value,
            report.Find("gwet_ac1")?.Value,
            result.Note ?? string.Empty);
    }

    private static ReliabilityDetails Details(Project project, string dimension, AgreementDetails details)
    {
        var coincidences = details.Coincidences;
        var values = coincidences.Values;
        var coincidenceTable = new ReportTable(
            $"Coincidence matrix of {dimension} (Krippendorff 2004): pairable values of each pair of coders within a unit",
            ["value", .. values, "total"],
            [.. values.Select((v, c) => new ReportRow([v, .. values.Select((_, k) => Number(coincidences[c, k])), Number(coincidences.Marginal(c))]))]);
        var confusions = details.Confusions.Select(m => new ReportTable(
            $"Confusion matrix of {dimension}: {m.CoderA} (rows) by {m.CoderB} (columns), {m.Total} units coded by both",
            [$"{m.CoderA} \\ {m.CoderB}", .. m.Values],
            [.. m.Values.Select((v, r) => new ReportRow([v, .. m.Values.Select((_, c) => m[r, c].ToString(CultureInfo.InvariantCulture))]))])).ToList();
        var pairwise = new ReportTable(
            $"Agreement of each pair of coders on {dimension}",
            ["coders", "shared units", "percent agreement", "Cohen's kappa"],
            [.. details.Pairwise.Pairs.Select(p => new ReportRow([$"{p.CoderA} – {p.CoderB}", p.SharedUnits.ToString(CultureInfo.InvariantCulture), ReportFormat.Percent(p.PercentAgreement), ReportFormat.Apa(p.CohenKappa)]))]);
        var leaveOut = new ReportTable(
            $"Alpha of {dimension} with each coder left out",
            ["coder left out", "alpha without them"],
            [.. details.LeaveOneCoderOut.Select(p => new ReportRow([p.Key, ReportFormat.Apa(p.Value.Value)]))]);
        var coders = details.Pairwise.Coders;
        var corpus = project.Corpus;
        var disagreements = details.Disagreements.Select(d =>
        {
            var unit = corpus.FindUnit(d.UnitId);
            var shown = string.Join("; ", d.Values.Select((v, i) => $"{(i < coders.Count ? coders[i] : "?")}: {v ?? "—"}"));
            return new DisagreementInfo(d.UnitId, unit?.DocumentId ?? string.Empty, shown, unit is null ? string.Empty : corpus.UnitText(unit).Trim());
        }).ToList();
        return new ReliabilityDetails(dimension, coincidenceTable, confusions, pairwise, leaveOut, disagreements.Count, disagreements);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
