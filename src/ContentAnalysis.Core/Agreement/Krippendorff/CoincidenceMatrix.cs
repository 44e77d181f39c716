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
    /// Accumulates the coincidences in one pass over the rows. For each unit every ordered pair of
    /// distinct coders with both values present adds 1/(m_u − 1) to o[a, b]; the cost is linear in
    /// units and in coders² per unit, and nothing is allocated per unit.
    /// </summary>
    /// <param name="data">The reliability data.</param>
    /// <param name="excludedCoder">A coder to leave out, or −1 for none.</param>
    internal static CoincidenceMatrix Build(ReliabilityData data, int excludedCoder = -1)
    {
        var size = data.ValueCount;
        var coders = data.CoderCount;
        var cells = new double[(long)size * size];

        // 1/(m − 1) for every possible number of values in a unit, so the hot loop only multiplies.
        var weights = new double[coders + 1];
        for (var m = 2; m <= coders; m++)
        {
            weights[m] = 1.0 / (m - 1);
        }

        Span<int> present = coders <= 256 ? stackalloc int[coders] : new int[coders];
        var all = data.Cells;
        var pairableUnits = 0;
        long pairCount = 0;
        // Indexes are bounded by the array sizes; skipping overflow checks keeps the loop tight.
        unchecked
        {
            for (var u = 0; u < data.UnitCount; u++)
            {
                var row = all.Slice(u * coders, coders);
                var m = 0;
                for (var c = 0; c < coders; c++)
                {
                    var value = row[c];
                    if (value != ReliabilityData.Missing && c != excludedCoder)
                    {
                        present[m++] = value;
                    }
                }

                if (m < 2)
                {
                    continue;
                }

                pairableUnits++;
                pairCount += m * (m - 1) / 2;
                var w = weights[m];
                for (var i = 0; i < m; i++)
                {
                    var a = present[i];
                    var rowOffset = a * size;
                    for (var j = i + 1; j < m; j++)
                    {
                        var b = present[j];
                        cells[rowOffset + b] += w;
                        cells[(b * size) + a] += w;
                    }
                }
            }
        }

        return new CoincidenceMatrix(data.Values, cells, pairableUnits, pairCount);
    }
}
