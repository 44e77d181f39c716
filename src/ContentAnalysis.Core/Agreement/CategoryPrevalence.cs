namespace ContentAnalysis.Core.Agreement;

/// <summary>How often one value was used: its count and its share of all ratings.</summary>
/// <param name="Value">The value label.</param>
/// <param name="Count">The number of ratings with this value.</param>
/// <param name="Share">Count divided by the number of non-missing ratings (0 when there are none).</param>
public sealed record CategoryPrevalence(string Value, int Count, double Share)
{
    /// <summary>The prevalence of every value of the data, in value order.</summary>
    public static IReadOnlyList<CategoryPrevalence> Of(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var counts = new int[data.ValueCount];
        var total = 0;
        foreach (var cell in data.Cells)
        {
            if (cell != ReliabilityData.Missing)
            {
                counts[cell]++;
                total++;
            }
        }

        return [.. data.Values.Select((v, k) => new CategoryPrevalence(v, counts[k], total == 0 ? 0 : (double)counts[k] / total))];
    }
}
