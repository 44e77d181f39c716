using System.Globalization;
using ContentAnalysis.Core.Training;

namespace ContentAnalysis.Core.Reporting;

/// <summary>Writes <c>qcat agree --stability</c>: the two passes and the time between them, then the agreement results in <c>qcat agree</c>'s shape.</summary>
public static class StabilityWriter
{
    /// <summary>One sentence on the passes and the time between them, e.g. for the line above the agreement tables.</summary>
    public static string Summary(StabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.First is not { } first || report.Second is not { } second)
        {
            return $"stability of {report.Coder}: no unit is coded in both passes ({report.Coder}, {report.Recode})";
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"stability of {report.Coder} (test–retest): {report.PairedUnits} units coded in both passes; first pass {Date(first)}, second pass ({report.Recode}) {Date(second)}; time between the two codings of a unit: median {Days(report.MedianInterval!.Value)} (from {Days(report.Intervals[0])} to {Days(report.Intervals[^1])})");
    }

    /// <summary>The JSON text: <c>{coder, recode, paired_units, first_pass, second_pass, interval_days, agreement}</c>.</summary>
    public static string ToJson(StabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new StabilityJson(
            report.Coder,
            report.Recode,
            report.PairedUnits,
            Span(report.First),
            Span(report.Second),
            report.Intervals.Count == 0 ? null : new IntervalJson(Round(report.Intervals[0]), Round(report.MedianInterval!.Value), Round(report.Intervals[^1])),
            AgreementJsonWriter.Model(report.Agreement));
        return ReportJson.Serialize(json, ReportJson.Types.StabilityJson);
    }

    /// <summary>Markdown: the summary sentence, then the agreement tables of <c>qcat agree --format md</c>.</summary>
    public static string ToMarkdown(StabilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Summary(report) + "\n\n" + AgreementMarkdownWriter.ToMarkdown(report.Agreement);
    }

    /// <summary>A duration in days with one decimal (<c>12.5 days</c>), or hours when under a day.</summary>
    public static string Days(TimeSpan span) => span.TotalDays >= 1
        ? span.TotalDays.ToString("0.0", CultureInfo.InvariantCulture) + " days"
        : span.TotalHours.ToString("0.0", CultureInfo.InvariantCulture) + " hours";

    private static string Date(PassSpan span)
    {
        var (start, end) = (Day(span.Start), Day(span.End));
        return start == end ? start : $"{start} to {end}";
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static PassJson? Span(PassSpan? span) => span is null ? null : new PassJson(Stamp(span.Start), Stamp(span.End));

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static double Round(TimeSpan span) => Math.Round(span.TotalDays, 3);
}
