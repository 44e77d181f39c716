namespace ContentAnalysis.Core.Reporting;

/// <summary>A labelled matrix: counts by period (rows) and category (columns), or a co-occurrence table.</summary>
/// <param name="RowLabels">The row labels.</param>
/// <param name="ColumnLabels">The column labels.</param>
/// <param name="Values">The values, one list per row, each as long as <paramref name="ColumnLabels"/>.</param>
public sealed record ChartMatrix(IReadOnlyList<string> RowLabels, IReadOnlyList<string> ColumnLabels, IReadOnlyList<IReadOnlyList<double>> Values)
{
    /// <summary>Throws when the values do not match the labels.</summary>
    /// <exception cref="ArgumentException">A row count or row length differs from the labels.</exception>
    public void Validate()
    {
        if (Values.Count != RowLabels.Count || Values.Any(r => r.Count != ColumnLabels.Count))
        {
            throw new ArgumentException($"The matrix needs {RowLabels.Count} rows of {ColumnLabels.Count} values.");
        }
    }
}
