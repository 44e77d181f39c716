using System.Globalization;
using ScottPlot;

namespace ContentAnalysis.Core.Reporting;

public static partial class ChartRenderer
{
    /// <summary>Grouped bars: one group per row (a period), one bar per column (a category), with a legend.</summary>
    public static Chart GroupedBars(string id, string title, ChartMatrix counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        counts.Validate();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var series = counts.ColumnLabels.Count;
        var bars = new List<Bar>();
        for (var row = 0; row < counts.RowLabels.Count; row++)
        {
            for (var column = 0; column < series; column++)
            {
                bars.Add(new Bar { Position = (row * (series + 1)) + column, Value = counts.Values[row][column], FillColor = palette.GetColor(column) });
            }
        }

        plot.Add.Bars(bars);
        for (var column = 0; column < series; column++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = counts.ColumnLabels[column], FillColor = palette.GetColor(column) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        var centres = counts.RowLabels.Select((_, row) => (row * (series + 1)) + ((series - 1) / 2.0)).ToList();
        LabelAxis(plot, counts.RowLabels, centres, bottom: true);
        plot.Axes.Margins(bottom: 0);
        var largest = Cells(counts).MaxBy(c => c.Value);
        var alt = $"{title}: grouped bars of {counts.ColumnLabels.Count} categories over {counts.RowLabels.Count} periods"
            + (largest.Value > 0 ? $"; the largest count is {counts.ColumnLabels[largest.Column]} in {counts.RowLabels[largest.Row]} ({ReportFormat.Thousands(largest.Value)})." : "; all counts are zero.");
        return Finish(plot, id, title, alt, Table(counts, ""));
    }

    /// <summary>A heatmap of a square or rectangular matrix (co-occurrence counts), each cell labelled with its value.</summary>
    public static Chart Heatmap(string id, string title, ChartMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        matrix.Validate();
        var plot = new Plot();
        var rows = matrix.RowLabels.Count;
        var columns = matrix.ColumnLabels.Count;
        var values = new double[rows, columns];
        foreach (var (row, column, value) in Cells(matrix))
        {
            values[row, column] = value;
        }

        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        var max = Cells(matrix).Select(c => c.Value).DefaultIfEmpty(0).Max();
        foreach (var (row, column, value) in Cells(matrix))
        {
            var label = plot.Add.Text(Number(value), column, rows - 1 - row);
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelFontColor = value > max / 2 ? Colors.Black : Colors.White;
        }

        LabelAxis(plot, matrix.ColumnLabels, [.. Enumerable.Range(0, columns).Select(c => (double)c)], bottom: true);
        LabelAxis(plot, matrix.RowLabels, [.. Enumerable.Range(0, rows).Select(r => (double)(rows - 1 - r))], bottom: false);
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        var top = Cells(matrix).Where(c => c.Row != c.Column || rows != columns).MaxBy(c => c.Value);
        var alt = $"{title}: a heatmap of {rows} by {columns} categories"
            + (top.Value > 0 ? $"; the largest value is {matrix.RowLabels[top.Row]} with {matrix.ColumnLabels[top.Column]} ({ReportFormat.Thousands(top.Value)})." : "; all values are zero.");
        return Finish(plot, id, title, alt, Table(matrix, ""));
    }

    private static IEnumerable<(int Row, int Column, double Value)> Cells(ChartMatrix matrix) =>
        matrix.Values.SelectMany((values, row) => values.Select((value, column) => (row, column, value)));

    private static DocumentTable Table(ChartMatrix matrix, string corner) =>
        DocumentTable.FromText(null, [corner, .. matrix.ColumnLabels],
            matrix.Values.Select((values, row) => (IReadOnlyList<string>)[matrix.RowLabels[row], .. values.Select(Number)]));

    private static string Number(double value) =>
        value == Math.Floor(value) ? ReportFormat.Thousands(value) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
