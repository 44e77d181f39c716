using System.Text.RegularExpressions;
using ScottPlot;

namespace ContentAnalysis.Core.Reporting;

/// <summary>
/// Draws the report's charts with ScottPlot: alpha with intervals against Krippendorff's .667 and .800 lines,
/// frequencies by period as grouped bars, and a labelled co-occurrence heatmap. Output is deterministic.
/// </summary>
public static partial class ChartRenderer
{
    /// <summary>Width of every chart in pixels.</summary>
    public const int Width = 800;

    /// <summary>Height of every chart in pixels.</summary>
    public const int Height = 450;

    private static Chart Finish(Plot plot, string id, string title, string altText, DocumentTable data)
    {
        plot.Title(title);
        plot.Font.Set(Fonts.Sans);
        var svg = RenumberClipPaths(plot.GetSvgXml(Width, Height));
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new Chart(id, title, new DocumentImage(svg, png, altText, Width, Height), data);
    }

    private static void LabelAxis(Plot plot, IReadOnlyList<string> labels, List<double> positions, bool bottom)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < labels.Count; i++)
        {
            ticks.AddMajor(positions[i], labels[i]);
        }

        var axis = bottom ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        axis.TickGenerator = ticks;
        if (bottom && labels.Sum(l => l.Length) > 60)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            // Room for the slanted labels: about 0.5 × the longest label's width in pixels (7 px per character).
            plot.Axes.Bottom.MinimumSize = Math.Min(160, 12 + (3.5f * labels.Max(l => l.Length)));
        }
    }

    // Skia numbers clip paths with a process-wide counter; renumbering from 1 makes the SVG depend only on the input.
    private static string RenumberClipPaths(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var renamed))
            {
                renamed = $"cl_{ids.Count + 1}";
                ids[m.Value] = renamed;
            }

            return renamed;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
