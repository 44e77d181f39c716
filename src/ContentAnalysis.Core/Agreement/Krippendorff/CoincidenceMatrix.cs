namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The matrix of observed coincidences of Krippendorff (2011, section "coincidence matrix"):
/// o_ck sums, over the units with two or more values, the number of ordered pairs of coders whose
/// values are c and k, each unit's pairs weighted by 1/(m_u − 1) so that a unit contributes
/// exactly its m_u pairable values.
/// </summary>
public sealed class CoincidenceMatrix
{
    private readonly double[] _cells;
    private readonly double[] _marginals;

    internal CoincidenceMatrix(IReadOnlyList<string> values, double[] cells, int pairableUnits, long pairCount)
    {
        Values = values;
        _cells = cells;
        PairableUnits = pairableUnits;
        PairCount = pairCount;
        var size = values.Count;
        _marginals = new double[size];
        double total = 0;
        for (var c = 0; c < size; c++)
        {
            double sum = 0;
            for (var k = 0; k < size; k++)
            {
                sum += cells[(c * size) + k];
            }

            _marginals[c] = sum;
            total += sum;
        }

        Total = total;
    }

    /// <summary>The values (labels) that index the rows and columns.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The number of values V; the matrix is V × V.</summary>
    public int Size => Values.Count;

    /// <summary>o_ck: the coincidences of value <paramref name="c"/> with value <paramref name="k"/>.</summary>
    public double this[int c, int k] => _cells[(c * Size) + k];

    /// <summary>n_c: the number of pairable values equal to <paramref name="c"/> (row sum of o_ck).</summary>
    public double Marginal(int c) => _marginals[c];

    /// <summary>n: the total number of pairable values (the sum of all o_ck).</summary>
    public double Total { get; }

    /// <summary>The number of units with two or more values, the only units that enter alpha.</summary>
    public int PairableUnits { get; }

    /// <summary>Σ_u m_u (m_u − 1)/2: the number of unordered pairs of values within units.</summary>
    public long PairCount { get; }

    /// <summary>The cells row-major, o[c * V + k].</summary>
    internal ReadOnlySpan<double> Cells => _cells;

    /// <summary>The marginals n_c.</summary>
    internal ReadOnlySpan<double> Marginals => _marginals;

    /// <summary>
    /// Accumulates the coincidences from per-unit value counts (<see cref="UnitValueCounts"/>): a unit adds
    /// n_uc n_uk/(m_u − 1) to o_ck and n_uc (n_uc − 1)/(m_u − 1) to o_cc (Krippendorff 2011), so the cost is linear
    /// in units × coders and quadratic only in the distinct values within a unit, never in the coders.
    /// </summary>
    /// <param name="data">The reliability data.</param>
    /// <param name="excludedCoder">A coder to leave out, or −1 for none.</param>
    internal static CoincidenceMatrix Build(ReliabilityData data, int excludedCoder = -1) =>
        FromCounts(data.Values, UnitValueCounts.Build(data, excludedCoder));

    /// <summary>The coincidences of per-unit value counts; V × V, so only for details and the pair bootstrap.</summary>
    internal static CoincidenceMatrix FromCounts(IReadOnlyList<string> values, UnitValueCounts counts)
    {
        var size = values.Count;
        var cells = new double[(long)size * size];
        var offsets = counts.Offsets;
        for (var u = 0; u + 1 < offsets.Length; u++)
        {
            var (from, to) = (offsets[u], offsets[u + 1]);
            long m = 0;
            for (var i = from; i < to; i++)
            {
                m += counts.Counts[i];
            }

            var w = 1.0 / (m - 1);
            for (var i = from; i < to; i++)
            {
                var a = counts.Values[i];
                double na = counts.Counts[i];
                cells[((long)a * size) + a] += na * (na - 1) * w;
                for (var j = i + 1; j < to; j++)
                {
                    var b = counts.Values[j];
                    var o = na * counts.Counts[j] * w;
                    cells[((long)a * size) + b] += o;
                    cells[((long)b * size) + a] += o;
                }
            }
        }

        return new CoincidenceMatrix(values, cells, counts.PairableUnits, counts.PairCount);
    }
}
