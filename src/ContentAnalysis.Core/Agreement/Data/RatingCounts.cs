namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The units × categories count table every kappa-family coefficient derives from (Gwet 2014,
/// ch. 2: r_ik, the number of coders who put unit i into category k), plus the coders × categories
/// table Conger's kappa needs. Built in one pass over the cells; units nobody coded are dropped,
/// as Gwet's estimators require, and so are coders who coded nothing. Units with the same counts share one row
/// weighted by their number (<see cref="UnitProfiles"/>) wherever the data allow, so the sums over units run over
/// profiles; every formula below is a sum over units and weights it accordingly.
/// </summary>
internal sealed class RatingCounts(int categoryCount, int unitCount, int[] counts, int[] raters, int[]? weights, int[] rowOfUnit, int[] coderColumns, int[] coderCounts, int[] coderTotals, int pairableUnitCount)
{
    /// <summary>q: the number of distinct values of the data (the count table's columns).</summary>
    public int CategoryCount { get; } = categoryCount;

    /// <summary>n: units with at least one rating (the n of every formula; the table may hold fewer rows, see <see cref="Weights"/>).</summary>
    public int UnitCount { get; } = unitCount;

    /// <summary>The number of rows of <see cref="Counts"/>: one per kept unit, or one per profile of units (<see cref="UnitProfiles"/>).</summary>
    public int RowCount => Raters.Length;

    /// <summary>Row-major counts r_ik: <c>Counts[row * q + k]</c>.</summary>
    public int[] Counts { get; } = counts;

    /// <summary>r_i: the number of ratings of each row.</summary>
    public int[] Raters { get; } = raters;

    /// <summary>How many units each row stands for (units sharing a profile), or null when each row is one unit.</summary>
    public int[]? Weights { get; } = weights;

    /// <summary>The table row of each unit of the reliability data, −1 for units nobody rated.</summary>
    public int[] RowOfUnit { get; } = rowOfUnit;

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

    /// <summary>How many units row <paramref name="row"/> stands for.</summary>
    public int WeightOf(int row) => Weights?[row] ?? 1;

    /// <summary>Counts the ratings of the given coders (all coders when null), one row per profile of units where that pays.</summary>
    public static RatingCounts Build(ReliabilityData data, IReadOnlyList<int>? coders = null) =>
        Build(data, coders, group: true);

    /// <summary>Counts the ratings; <paramref name="group"/> false keeps one row per unit (to test that grouping changes nothing).</summary>
    internal static RatingCounts Build(ReliabilityData data, IReadOnlyList<int>? coders, bool group)
    {
        var columns = coders?.ToArray() ?? [.. Enumerable.Range(0, data.CoderCount)];
        var profiles = !group ? null
            : coders is null ? data.Profiles
            : UnitProfiles.TryBuild(data, columns);
        return profiles is null ? PerUnit(data, columns) : FromProfiles(data.ValueCount, profiles, columns);
    }

    private static RatingCounts FromProfiles(int q, UnitProfiles profiles, int[] columns)
    {
        var rows = profiles.Count;
        var counts = new int[rows * Math.Max(q, 1)];
        var raters = new int[rows];
        var pairable = 0;
        for (var p = 0; p < rows; p++)
        {
            var r = 0;
            for (var k = 0; k < q; k++)
            {
                var count = profiles.CountOf(p, k);
                counts[(p * q) + k] = count;
                r += count;
            }

            raters[p] = r;
            pairable += r >= 2 ? profiles.Multiplicity[p] : 0;
        }

        return Compact(q, profiles.UnitsWithValue, counts, raters, profiles.Multiplicity, profiles.ProfileOfUnit, columns, profiles.CoderCounts, pairable);
    }

    private static RatingCounts PerUnit(ReliabilityData data, int[] columns)
    {
        var q = data.ValueCount;
        var width = data.CoderCount;
        var cells = data.Cells;
        var counts = new int[data.UnitCount * Math.Max(q, 1)];
        var raters = new int[data.UnitCount];
        var rowOfUnit = new int[data.UnitCount];
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
                rowOfUnit[u] = -1;
                continue;
            }

            raters[kept] = r;
            rowOfUnit[u] = kept;
            kept++;
            if (r >= 2)
            {
                pairable++;
            }
        }

        Array.Resize(ref raters, kept);
        return Compact(q, kept, counts, raters, null, rowOfUnit, columns, coderCounts, pairable);
    }

    private static RatingCounts Compact(
        int q, int kept, int[] counts, int[] raters, int[]? weights, int[] rowOfUnit, int[] columns, int[] coderCounts, int pairable)
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

        return new RatingCounts(q, kept, counts, raters, weights, rowOfUnit, [.. keptColumns], [.. keptCounts], [.. totals], pairable);
    }
}
