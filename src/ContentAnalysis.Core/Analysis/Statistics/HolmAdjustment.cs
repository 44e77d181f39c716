namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// Holm's step-down adjustment of p-values for multiple tests (Holm 1979), as R's <c>p.adjust(p, "holm")</c>:
/// with the m p-values sorted ascending, p̃_(i) = max_{j ≤ i} min(1, (m − j + 1) p_(j)). It controls the
/// family-wise error rate without assuming independence between the tests.
/// </summary>
internal static class HolmAdjustment
{
    /// <summary>The adjusted p-values in the input order; null entries (tests that could not be run) stay null and do not count in m.</summary>
    public static double?[] Adjust(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var order = Enumerable.Range(0, pValues.Count)
            .Where(i => pValues[i] is not null)
            .OrderBy(i => pValues[i]!.Value)
            .ThenBy(i => i)
            .ToList();
        var adjusted = new double?[pValues.Count];
        var running = 0.0;
        for (var rank = 0; rank < order.Count; rank++)
        {
            var scaled = Math.Min(1.0, (order.Count - rank) * pValues[order[rank]]!.Value);
            running = Math.Max(running, scaled);
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
