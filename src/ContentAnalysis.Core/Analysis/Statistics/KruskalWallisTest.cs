namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// The Kruskal–Wallis H test (Kruskal &amp; Wallis 1952) that several groups come from the same distribution,
/// on midranks with the correction for ties: H = [12 / (N(N + 1)) Σ R_g² / n_g − 3(N + 1)] / C,
/// C = 1 − Σ (t³ − t) / (N³ − N) over the sizes t of the groups of tied values; p is the upper tail of χ²
/// with k − 1 degrees of freedom (k non-empty groups). As R's <c>kruskal.test</c> and SciPy's <c>kruskal</c>.
/// Used for ordinal dimensions, whose few levels make ties the rule, not the exception.
/// </summary>
internal static class KruskalWallisTest
{
    /// <summary>The test; null when fewer than two groups have values or every value is the same.</summary>
    public static ChiSquareResult? Run(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var present = groups.Where(g => g.Count > 0).ToList();
        var all = present.SelectMany((g, i) => g.Select(v => (Value: v, Group: i))).OrderBy(p => p.Value).ToList();
        var n = (double)all.Count;
        if (present.Count < 2)
        {
            return null;
        }

        var rankSums = new double[present.Count];
        var ties = 0.0;
        for (var start = 0; start < all.Count;)
        {
            var end = start;
            while (end + 1 < all.Count && all[end + 1].Value.Equals(all[start].Value))
            {
                end++;
            }

            // Ranks start + 1 … end + 1 share their mean.
            var midrank = (start + end + 2) / 2.0;
            for (var i = start; i <= end; i++)
            {
                rankSums[all[i].Group] += midrank;
            }

            var t = end - start + 1.0;
            ties += (t * t * t) - t;
            start = end + 1;
        }

        var correction = 1 - (ties / ((n * n * n) - n));
        if (correction <= 0)
        {
            return null;
        }

        var h = (12 / (n * (n + 1)) * present.Select((g, i) => rankSums[i] * rankSums[i] / g.Count).Sum()) - (3 * (n + 1));
        h /= correction;
        var df = present.Count - 1;
        return new ChiSquareResult(h, df, ChiSquareTest.UpperTail(h, df));
    }
}
