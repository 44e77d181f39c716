namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The pairwise coder agreement matrix: percent agreement and Cohen's kappa for every pair of
/// coders, from per-pair agreement counts and per-coder marginals (one pass over the units per pair).
/// </summary>
public sealed class PairwiseAgreement
{
    private PairwiseAgreement(IReadOnlyList<string> coders, IReadOnlyList<CoderPairAgreement> pairs)
    {
        Coders = coders;
        Pairs = pairs;
    }

    /// <summary>The coders, in data order.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>One entry per pair (a, b) with a &lt; b, in row-major order.</summary>
    public IReadOnlyList<CoderPairAgreement> Pairs { get; }

    /// <summary>The entry of coders <paramref name="a"/> and <paramref name="b"/> (either order).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range or both are equal.</exception>
    public CoderPairAgreement this[int a, int b]
    {
        get
        {
            if (a == b || a < 0 || b < 0 || a >= Coders.Count || b >= Coders.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(b), "A coder pair needs two different coders in range.");
            }

            (a, b) = a < b ? (a, b) : (b, a);
            var index = (a * ((2 * Coders.Count) - a - 1) / 2) + (b - a - 1);
            return Pairs[index];
        }
    }

    /// <summary>Computes the matrix for all coders of the data.</summary>
    public static PairwiseAgreement Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var q = data.ValueCount;
        var coders = data.CoderCount;
        var pairCount = coders * (coders - 1) / 2;
        var marginals = new int[coders * q];
        var shared = new int[pairCount];
        var agreements = new int[pairCount];
        var cells = data.Cells;
        // One pass over the rows counts every pair at once (pair index in the order a < b, as the indexer reads it).
        for (var offset = 0; offset < cells.Length; offset += coders)
        {
            var row = cells.Slice(offset, coders);
            var pair = 0;
            for (var a = 0; a < coders; a++)
            {
                var x = row[a];
                if (x == ReliabilityData.Missing)
                {
                    pair += coders - a - 1;
                    continue;
                }

                marginals[(a * q) + x]++;
                for (var b = a + 1; b < coders; b++, pair++)
                {
                    var y = row[b];
                    if (y != ReliabilityData.Missing)
                    {
                        shared[pair]++;
                        agreements[pair] += x == y ? 1 : 0;
                    }
                }
            }
        }

        var pairs = new List<CoderPairAgreement>(pairCount);
        var index = 0;
        for (var a = 0; a < coders; a++)
        {
            for (var b = a + 1; b < coders; b++, index++)
            {
                pairs.Add(Pair(data, a, b, marginals, shared[index], agreements[index]));
            }
        }

        return new PairwiseAgreement(data.Coders, pairs);
    }

    private static CoderPairAgreement Pair(ReliabilityData data, int a, int b, int[] marginals, int shared, int agreements)
    {
        var q = data.ValueCount;
        if (shared == 0)
        {
            return new CoderPairAgreement(data.Coders[a], data.Coders[b], 0, null, null);
        }

        double totalA = 0, totalB = 0;
        for (var k = 0; k < q; k++)
        {
            totalA += marginals[(a * q) + k];
            totalB += marginals[(b * q) + k];
        }

        var pe = 0.0;
        for (var k = 0; k < q; k++)
        {
            pe += marginals[(a * q) + k] / totalA * (marginals[(b * q) + k] / totalB);
        }

        var pa = (double)agreements / shared;
        double? kappa = 1 - pe < 1e-12 ? null : (pa - pe) / (1 - pe);
        return new CoderPairAgreement(data.Coders[a], data.Coders[b], shared, pa, kappa);
    }
}
