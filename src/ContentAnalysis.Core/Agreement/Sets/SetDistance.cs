namespace ContentAnalysis.Core.Agreement;

/// <summary>Distances between sets of category codes, each given as sorted distinct indexes.</summary>
public static class SetDistance
{
    /// <summary>The distance of the given kind.</summary>
    public static double Between(SetDistanceKind kind, IReadOnlyList<int> a, IReadOnlyList<int> b) => kind switch
    {
        SetDistanceKind.Masi => Masi(a, b),
        SetDistanceKind.Jaccard => Jaccard(a, b),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown set distance."),
    };

    /// <summary>Jaccard distance 1 − |A ∩ B|/|A ∪ B|; two empty sets are equal (distance 0).</summary>
    public static double Jaccard(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var common = Intersection(a, b);
        var union = a.Count + b.Count - common;
        return union == 0 ? 0 : 1 - ((double)common / union);
    }

    /// <summary>
    /// MASI distance (Passonneau 2006, "Measuring Agreement on Set-valued Items"): 1 − J·M with
    /// J the Jaccard index and M = 1 for equal sets, 2/3 when one contains the other, 1/3 when
    /// they overlap otherwise and 0 when disjoint. Two empty sets are equal (distance 0).
    /// </summary>
    public static double Masi(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        var common = Intersection(a, b);
        var union = a.Count + b.Count - common;
        if (union == 0)
        {
            return 0;
        }

        double monotonicity;
        if (common == a.Count && common == b.Count)
        {
            monotonicity = 1;
        }
        else if (common == a.Count || common == b.Count)
        {
            monotonicity = 2.0 / 3;
        }
        else if (common > 0)
        {
            monotonicity = 1.0 / 3;
        }
        else
        {
            monotonicity = 0;
        }

        return 1 - ((double)common / union * monotonicity);
    }

    private static int Intersection(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
