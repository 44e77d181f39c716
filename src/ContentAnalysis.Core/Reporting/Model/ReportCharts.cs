namespace ContentAnalysis.Core.Reporting;

/// <summary>The figures a report model offers its templates, by id (<c>![caption](figure:ID)</c>).</summary>
public static class ReportCharts
{
    /// <summary>Alpha per dimension with its interval.</summary>
    public const string AlphaDimensions = "alpha-dimensions";

    /// <summary>Alpha per category with its interval.</summary>
    public const string AlphaCategories = "alpha-categories";

    /// <summary>The co-occurrence heatmap of the categories.</summary>
    public const string Cooccurrence = "cooccurrence";

    /// <summary>Draws every chart of <paramref name="model"/> (drawn once, shared by all reports and formats).</summary>
    public static IReadOnlyDictionary<string, Chart> Build(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var charts = new List<Chart>
        {
            ChartRenderer.Estimates(AlphaDimensions, "Krippendorff's alpha per dimension", [.. model.Agreement.Dimensions.Select(Point)]),
        };
        if (model.Agreement.Categories.Count > 0)
        {
            charts.Add(ChartRenderer.Estimates(AlphaCategories, "Krippendorff's alpha per category (present/absent)", [.. model.Agreement.Categories.Select(Point)]));
        }

        foreach (var frequency in model.Findings.Frequencies.Where(f => f.PeriodCounts is not null))
        {
            charts.Add(ChartRenderer.GroupedBars(frequency.ChartId, $"{frequency.Dimension}: units per value and period", frequency.PeriodCounts!));
        }

        if (model.Findings.CooccurrenceCounts is { } matrix)
        {
            charts.Add(ChartRenderer.Heatmap(Cooccurrence, "Units coded with both categories", matrix));
        }

        return charts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    private static ChartPoint Point(ReliabilityRow row) =>
        new(row.Category.Length > 0 ? row.Category : row.Dimension, row.Alpha, row.AlphaLow, row.AlphaHigh);
}
