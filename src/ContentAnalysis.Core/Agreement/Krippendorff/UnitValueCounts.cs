namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The pairable units of a reliability matrix as per-unit value counts n_uc (Krippendorff 2011): for each unit
/// with two or more values, its distinct values and how many coders gave each. Built in one pass, linear in
/// units × coders, so that alpha never looks at pairs of coders and 10,000 coders cost what 10,000 cells cost.
/// </summary>
internal sealed class UnitValueCounts
{
    private UnitValueCounts(int valueCount, int[] offsets, int[] values, int[] counts, long[] marginals, int pairableUnits, long pairCount, int[]? weights = null)
    {
        Weights = weights;
        ValueCount = valueCount;
        Offsets = offsets;
        Values = values;
        Counts = counts;
        Marginals = marginals;
        PairableUnits = pairableUnits;
        PairCount = pairCount;
        foreach (var n in marginals)
        {
            Total += n;
        }
    }

    /// <summary>V, the number of value codes.</summary>
    public int ValueCount { get; }

    /// <summary>Unit u's entries are <c>Offsets[u] .. Offsets[u + 1]</c> of <see cref="Values"/> and <see cref="Counts"/>.</summary>
    public int[] Offsets { get; }

    /// <summary>The distinct value codes of each pairable unit.</summary>
    public int[] Values { get; }

    /// <summary>How many pairable units each entry stands for (units grouped by profile), or null when each entry is one unit.</summary>
    public int[]? Weights { get; }

    /// <summary>n_uc: how many coders gave each of those values.</summary>
    public int[] Counts { get; }

    /// <summary>n_c: pairable values per value code.</summary>
    public long[] Marginals { get; }

    /// <summary>n: all pairable values.</summary>
    public long Total { get; }

    /// <summary>The number of units with two or more values.</summary>
    public int PairableUnits { get; }

    /// <summary>Σ_u m_u (m_u − 1)/2: unordered pairs of values within units.</summary>
    public long PairCount { get; }

    /// <summary>
    /// The counts every level of alpha shares: one entry per profile of units with its weight when the data group
    /// (<see cref="UnitProfiles"/>), else one per unit. Not for a bootstrap, which resamples single units.
    /// </summary>
    public static UnitValueCounts Shared(ReliabilityData data) =>
        data.Profiles is { } profiles ? FromProfiles(profiles) : Build(data);

    private static UnitValueCounts FromProfiles(UnitProfiles profiles)
    {
        var offsets = new List<int>(profiles.Count + 1) { 0 };
        var values = new List<int>();
        var counts = new List<int>();
        var weights = new List<int>(profiles.Count);
        var marginals = new long[profiles.ValueCount];
        var (pairable, pairCount) = (0, 0L);
        for (var p = 0; p < profiles.Count; p++)
        {
            var m = profiles.ValuesIn(p);
            if (m < 2)
            {
                continue;
            }

            var weight = profiles.Multiplicity[p];
            for (var c = 0; c < profiles.ValueCount; c++)
            {
                if (profiles.CountOf(p, c) is var n and > 0)
                {
                    values.Add(c);
                    counts.Add(n);
                    marginals[c] += (long)weight * n;
                }
            }

            offsets.Add(values.Count);
            weights.Add(weight);
            pairable += weight;
            pairCount += (long)weight * m * (m - 1) / 2;
        }

        return new UnitValueCounts(profiles.ValueCount, [.. offsets], [.. values], [.. counts], marginals, pairable, pairCount, [.. weights]);
    }

    /// <summary>Up to this many coders a unit's values are counted by sorting them.</summary>
    internal const int SortedRowLimit = 16;

    /// <summary>Counts the values of every unit, leaving <paramref name="excludedCoder"/> out (−1 for none).</summary>
    public static UnitValueCounts Build(ReliabilityData data, int excludedCoder = -1)
    {
        var coders = data.CoderCount;
        var perValue = coders <= SortedRowLimit ? [] : new int[data.ValueCount];
        var touched = new List<int>();
        // Sized for the most a unit can hold (its coders, or every value), so nothing grows and copies while filling;
        // trimmed once at the end.
        var capacity = (long)data.UnitCount * Math.Min(coders, Math.Max(1, data.ValueCount));
        var offsets = new int[data.UnitCount + 1];
        var values = new int[capacity];
        var counts = new int[capacity];
        var (pairs, filled) = (0, 0);
        var marginals = new long[data.ValueCount];
        var all = data.Cells;
        var pairable = 0;
        long pairCount = 0;
        // Few coders: a unit's values are sorted in place and counted as runs, so no value-sized table is touched at
        // random (a continuous scale has as many values as cells). Many coders: counted in a value-sized table.
        Span<int> sorted = coders <= SortedRowLimit ? stackalloc int[coders] : default;
        for (var u = 0; u < data.UnitCount; u++)
        {
            var row = all.Slice(u * coders, coders);
            var m = 0;
            if (coders <= SortedRowLimit)
            {
                for (var c = 0; c < coders; c++)
                {
                    if (row[c] != ReliabilityData.Missing && c != excludedCoder)
                    {
                        InsertSorted(sorted, m++, row[c]);
                    }
                }

                if (m >= 2)
                {
                    pairable++;
                    pairCount += (long)m * (m - 1) / 2;
                    for (var i = 0; i < m; i++)
                    {
                        if (i > 0 && sorted[i] == sorted[i - 1])
                        {
                            counts[filled - 1]++;
                        }
                        else
                        {
                            values[filled] = sorted[i];
                            counts[filled++] = 1;
                        }

                        marginals[sorted[i]]++;
                    }

                    offsets[++pairs] = filled;
                }

                continue;
            }

            for (var c = 0; c < coders; c++)
            {
                var value = row[c];
                if (value != ReliabilityData.Missing && c != excludedCoder)
                {
                    if (perValue[value]++ == 0)
                    {
                        touched.Add(value);
                    }

                    m++;
                }
            }

            if (m >= 2)
            {
                pairable++;
                pairCount += (long)m * (m - 1) / 2;
                foreach (var value in touched)
                {
                    values[filled] = value;
                    counts[filled++] = perValue[value];
                    marginals[value] += perValue[value];
                }

                offsets[++pairs] = filled;
            }

            foreach (var value in touched)
            {
                perValue[value] = 0;
            }

            touched.Clear();
        }

        Array.Resize(ref offsets, pairs + 1);
        Array.Resize(ref values, filled);
        Array.Resize(ref counts, filled);
        return new UnitValueCounts(data.ValueCount, offsets, values, counts, marginals, pairable, pairCount);
    }

    private static void InsertSorted(Span<int> sorted, int count, int value)
    {
        var i = count;
        while (i > 0 && sorted[i - 1] > value)
        {
            sorted[i] = sorted[i - 1];
            i--;
        }

        sorted[i] = value;
    }
}
