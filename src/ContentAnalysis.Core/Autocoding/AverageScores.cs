namespace ContentAnalysis.Core.Autocoding;

/// <summary>Precision, recall and F1 averaged over a dimension's categories (null when undefined).</summary>
/// <param name="Precision">Average precision.</param>
/// <param name="Recall">Average recall.</param>
/// <param name="F1">Average F1.</param>
public sealed record AverageScores(double? Precision, double? Recall, double? F1)
{
    /// <summary>Micro average: the counts of all categories pooled, then the ratios.</summary>
    public static AverageScores Micro(IReadOnlyList<CategoryScore> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var pooled = new CategoryScore(string.Empty, string.Empty, categories.Sum(c => c.TruePositives), categories.Sum(c => c.FalsePositives), categories.Sum(c => c.FalseNegatives), [], []);
        return new AverageScores(pooled.Precision, pooled.Recall, pooled.F1);
    }

    /// <summary>
    /// Macro average: the unweighted mean over the categories that occur (either coder gave them); an undefined
    /// precision or recall counts as 0, as scikit-learn's <c>zero_division=0</c> does. Null when no category occurs.
    /// </summary>
    public static AverageScores Macro(IReadOnlyList<CategoryScore> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var occurring = categories.Where(c => c.Occurs).ToList();
        return occurring.Count == 0
            ? new AverageScores(null, null, null)
            : new AverageScores(occurring.Average(c => c.Precision ?? 0), occurring.Average(c => c.Recall ?? 0), occurring.Average(c => c.F1 ?? 0));
    }
}
