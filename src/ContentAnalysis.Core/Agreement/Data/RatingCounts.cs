namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The units × categories count table every kappa-family coefficient derives from (Gwet 2014,
/// ch. 2: r_ik, the number of coders who put unit i into category k), plus the coders × categories
/// table Conger's kappa needs. Built in one pass over the cells; units nobody coded are dropped,
/// as Gwet's estimators require, and so are coders who coded nothing.
/// </summary>
internal sealed class RatingCounts(int categoryCount, int unitCount, int[] counts, int[] raters, int[] unitRows, int[] coderColumns, int[] coderCounts, int[] coderTotals, int pairableUnitCount)
{
    /// <summary>q: the number of distinct values of the data (the count table's columns).</summary>
    public int CategoryCount { get; } = categoryCount;

    /// <summary>n: units with at least one rating; the first n rows of <see cref="Counts"/> are used.</summary>
    public int UnitCount { get; } = unitCount;

    /// <summary>Unit-major counts r_ik: <c>Counts[i * q + k]</c>.</summary>
    public int[] Counts { get; } = counts;

    /// <summary>r_i: the number of ratings of each kept unit.</summary>
    public int[] Raters { get; } = raters;

    /// <summary>The row of each kept unit in the reliability data.</summary>
    public int[] UnitRows { get; } = unitRows;

    /// <summary>The data column of each kept coder (coders with at least one rating).</summary>
    public int[] CoderColumns { get; } = coderColumns;

    /// <summary>r: the number of kept coders.</summary>
    public int CoderCount => CoderColumns.Length;

    /// <summary>Coder-major counts n_gk: <c>CoderCounts[g * q + k]</c>.</summary>
    public int[] CoderCounts { get; } = coderCounts;

    /// <summary>n_g: the number of units each kept coder rated.</summary>
    public int[] CoderTotals { get; } = coderTotals;

    /// <summary>The number of units rated by at least two coders (they carry the observed agreement).</summary>
    public int PairableUnitCount { get; } = pairableUnitCount;

    /// <summary>Counts the ratings of the given coders (all coders when null).</summary>
    public static RatingCounts Build(ReliabilityData data, IReadOnlyList<int>? coders = null)
    {
        var q = data.ValueCount;
        var columns = coders?.ToArray() ?? [.. Enumerable.Range(0, data.CoderCount)];
        var width = data.CoderCount;
        var cells = data.Cells;
        var counts = new int[data.UnitCount * Math.Max(q, 1)];
        var raters = new int[data.UnitCount];
        var unitRows = new int[data.UnitCount];
        var coderCounts = new int[columns.Length * q];
        var kept = 0;
        var pairable = 0;
        for (var u = 0; u < data.UnitCount; u++)
        {
            var row = cells.Slice(u * width, width);
            var offset = kept * q;
            var r = 0;
            for (var g = 0; g < columns.Length; g++)
            {
                var value = row[columns[g]];
                if (value != ReliabilityData.Missing)
                {
                    counts[offset + value]++;
                    coderCounts[(g * q) + value]++;
                    r++;
                }
            }

            if (r == 0)
            {
                continue;
            }

            raters[kept] = r;
            unitRows[kept] = u;
            kept++;
            if (r >= 2)
            {
                pairable++;
            }
        }

        return Compact(q, kept, counts, raters, unitRows, columns, coderCounts, pairable);
    }

    private static RatingCounts Compact(
        int q, int kept, int[] counts, int[] raters, int[] unitRows, int[] columns, int[] coderCounts, int pairable)
    {
        // Conger's chance term divides by each coder's number of ratings, so silent coders are dropped.
        var totals = new List<int>(columns.Length);
        var keptColumns = new List<int>(columns.Length);
        var keptCounts = new List<int>(coderCounts.Length);
        for (var g = 0; g < columns.Length; g++)
        {
            var slice = coderCounts.AsSpan(g * q, q);
            var total = 0;
            foreach (var c in slice)
            {
                total += c;
            }

            if (total > 0)
            {
                totals.Add(total);
                keptColumns.Add(columns[g]);
                keptCounts.AddRange(slice);
            }
        }

        return new RatingCounts(q, kept, counts, raters, unitRows, [.. keptColumns], [.. keptCounts], [.. totals], pairable);
    }
}
