using ScottPlot;

namespace ContentAnalysis.Core.Reporting;

public static partial class ChartRenderer
{
    /// <summary>Krippendorff's (2004, p. 241) thresholds: .800 reliable, .667 the lowest for tentative conclusions.</summary>
    private static readonly double[] Thresholds = [0.667, 0.800];

    /// <summary>Estimates (alpha per dimension or category) as points with interval bars, against lines at .667 and .800.</summary>
    public static Chart Estimates(string id, string title, IReadOnlyList<ChartPoint> points, string valueName = "alpha")
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        var positions = Enumerable.Range(0, points.Count).Select(i => (double)i).ToList();
        foreach (var threshold in Thresholds)
        {
            var line = plot.Add.HorizontalLine(threshold);
            // Solid, not dashed: Skia's SVG canvas cannot draw dash patterns (it draws them solid and prints
            // "Unsupported path effect" to the console), and the SVG and PNG should show the same lines.
            line.LinePattern = LinePattern.Solid;
            line.Color = Colors.Gray;
            line.LineWidth = 1;
            line.Text = ReportFormat.Apa(threshold);
            line.LabelOppositeAxis = true;
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point.Low is { } low && point.High is { } high)
            {
                var bar = plot.Add.Line(i, low, i, high);
                bar.Color = Colors.Black;
                bar.LineWidth = 2;
                bar.MarkerSize = 0;
            }

            if (point.Value is { } value)
            {
                var marker = plot.Add.Marker(i, value);
                marker.Color = value < Thresholds[0] ? Colors.FireBrick : Colors.Black;
                marker.Size = 9;
            }
        }

        LabelAxis(plot, [.. points.Select(p => p.Label)], positions, bottom: true);
        plot.Axes.SetLimits(-0.6, Math.Max(points.Count - 0.4, 0.6), Math.Min(0, points.Min(p => p.Low ?? p.Value ?? 0) - 0.05), 1.05);
        plot.Axes.Left.Label.Text = valueName;
        var data = DocumentTable.FromText(null, ["", valueName, "95% interval"],
            points.Select(p => (IReadOnlyList<string>)[p.Label, ReportFormat.Apa(p.Value), ReportFormat.Interval(p.Low, p.High)]));
        return Finish(plot, id, title, EstimatesAltText(title, points, valueName), data);
    }

    private static string EstimatesAltText(string title, IReadOnlyList<ChartPoint> points, string valueName)
    {
        string Group(Func<double, bool> test) =>
            points.Where(p => p.Value is { } v && test(v)).Select(p => p.Label).ToList() is { Count: > 0 } labels ? string.Join(", ", labels) : "none";

        var values = string.Join("; ", points.Select(p => $"{p.Label} {ReportFormat.Apa(p.Value)} {ReportFormat.Interval(p.Low, p.High)}"));
        return $"{title}: {valueName} with 95% intervals for {points.Count} items ({values}); "
            + $"at or above .800: {Group(v => v >= 0.800)}; from .667 to .800: {Group(v => v is >= 0.667 and < 0.800)}; "
            + $"below .667: {Group(v => v < 0.667)}.";
    }
}
