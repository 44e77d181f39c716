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
        var marginals = new int[coders * q];
        var cells = data.Cells;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] != ReliabilityData.Missing)
            {
                marginals[((i % coders) * q) + cells[i]]++;
            }
        }

        var pairs = new List<CoderPairAgreement>(coders * (coders - 1) / 2);
        for (var a = 0; a < coders; a++)
        {
            for (var b = a + 1; b < coders; b++)
            {
                pairs.Add(Pair(data, a, b, marginals));
            }
        }

        return new PairwiseAgreement(data.Coders, pairs);
    }

    private static CoderPairAgreement Pair(ReliabilityData data, int a, int b, int[] marginals)
    {
        var q = data.ValueCount;
        var width = data.CoderCount;
        var cells = data.Cells;
        int shared = 0, agreements = 0;
        for (var offset = 0; offset < cells.Length; offset += width)
        {
            int x = cells[offset + a], y = cells[offset + b];
            if (x != ReliabilityData.Missing && y != ReliabilityData.Missing)
            {
                shared++;
                agreements += x == y ? 1 : 0;
            }
        }

        if (shared == 0)
        {
            return new CoderPairAgreement(data.Coders[a], data.Coders[b], 0, null, null);
        }

        double totalA = marginals.AsSpan(a * q, q).ToArray().Sum(), totalB = marginals.AsSpan(b * q, q).ToArray().Sum();
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
