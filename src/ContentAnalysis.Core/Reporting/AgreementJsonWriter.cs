using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Writes agreement results as JSON of one shape whatever the data: <c>{bootstrap_resamples, bootstrap_method, seed, significance,
/// results: [{subject, units, pairable_units, coders, coder_names, level, verdict, note?, coefficients, details?}]}</c>
/// (README, "qcat agree").
/// </summary>
public static class AgreementJsonWriter
{
    /// <summary>The JSON text, with a final newline.</summary>
    public static string ToJson(AgreementResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ReportJson.Serialize(Model(results), ReportJson.Types.AgreementJson);
    }

    /// <summary>The JSON model of <paramref name="results"/> (also nested in other outputs, e.g. stability).</summary>
    internal static AgreementJson Model(AgreementResultSet results) =>
        new(
            results.BootstrapResamples,
            results.BootstrapResamples > 0 ? results.BootstrapMethod.ToString().ToLowerInvariant() : null,
            results.Seed, results.Significance, [.. results.Results.Select(Result)]);

    /// <summary>The verdict as JSON (shared with progress).</summary>
    internal static VerdictJson Verdict(ReliabilityVerdict verdict) => new(verdict.Key, verdict.Label, verdict.Basis, verdict.RestsOnPointEstimate);

    private static AgreementResultJson Result(AgreementResult result)
    {
        var report = result.Report;
        return new AgreementResultJson(
            report.Subject,
            report.Units,
            report.PairableUnits,
            report.Coders.Count,
            report.Coders,
            report.Level.ToString().ToLowerInvariant(),
            Verdict(result.Verdict),
            result.Note,
            report.Coefficients.ToDictionary(c => c.Name, Coefficient, StringComparer.Ordinal),
            result.Details is { } details ? Details(details) : null);
    }

    private static CoefficientJson Coefficient(AgreementEstimate c) => new(
        ReportJson.Finite(c.Value),
        ReportJson.Finite(c.StandardError),
        ReportJson.Finite(c.CiLow),
        ReportJson.Finite(c.CiHigh),
        ReportJson.Finite(c.PValue),
        ReportJson.Finite(c.QBelow800),
        ReportJson.Finite(c.QBelow667),
        c.Note);

    private static DetailsJson Details(AgreementDetails details)
    {
        var co = details.Coincidences;
        return new DetailsJson(
            new CoincidencesJson(co.Values, [.. Enumerable.Range(0, co.Size).Select(c => Enumerable.Range(0, co.Size).Select(k => co[c, k]).ToArray())], co.Total),
            [.. details.Confusions.Select(m => new ConfusionJson(
                m.CoderA,
                m.CoderB,
                m.Total,
                m.Values,
                [.. Enumerable.Range(0, m.Values.Count).Select(r => Enumerable.Range(0, m.Values.Count).Select(c => m[r, c]).ToArray())]))],
            [.. details.Pairwise.Pairs.Select(p => new PairJson(p.CoderA, p.CoderB, p.SharedUnits, ReportJson.Finite(p.PercentAgreement), ReportJson.Finite(p.CohenKappa)))],
            details.LeaveOneCoderOut.ToDictionary(e => e.Key, e => ReportJson.Finite(e.Value.Value), StringComparer.Ordinal),
            [.. details.Prevalence.Select(p => new PrevalenceJson(p.Value, p.Count, p.Share))],
            [.. details.Disagreements.Select(u => new DisagreementJson(u.UnitId, u.Values))]);
    }
}
