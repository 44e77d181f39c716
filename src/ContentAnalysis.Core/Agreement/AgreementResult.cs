namespace ContentAnalysis.Core.Agreement;

/// <summary>One row of an agreement analysis: the coefficients of one subject, their verdict and, if asked, the diagnostics.</summary>
/// <param name="Report">The coefficients.</param>
/// <param name="Verdict">The verdict on the headline alpha.</param>
/// <param name="Details">The diagnostics, or null when not asked for (or for per-category rows).</param>
/// <param name="Note">Why units are missing, e.g. an optional dimension left uncoded; null when nothing to say.</param>
public sealed record AgreementResult(AgreementReport Report, ReliabilityVerdict Verdict, AgreementDetails? Details = null, string? Note = null)
{
    /// <summary>Judges <paramref name="report"/>'s headline alpha.</summary>
    public static AgreementResult Of(AgreementReport report, double significance, AgreementDetails? details = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new AgreementResult(report, ReliabilityVerdict.Of(report.Find(AgreementAnalyzer.HeadlineAlpha), report.PairableUnits, significance), details, note);
    }
}
