namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Draws δ²_ck for a random pair of values (c, k) with probability o_ck / n in constant time
/// (Walker's alias method, Vose's construction): one uniform number picks a column and decides
/// between its own pair and its alias.
/// </summary>
internal sealed class BootstrapPairSampler
{
    private readonly double[] _threshold;
    private readonly double[] _ownDelta;
    private readonly double[] _aliasDelta;
    private readonly long[] _cut;

    public BootstrapPairSampler(ReadOnlySpan<double> coincidences, ReadOnlySpan<double> deltaSquared)
    {
        var weights = new List<double>();
        var deltas = new List<double>();
        for (var i = 0; i < coincidences.Length; i++)
        {
            if (coincidences[i] > 0)
            {
                weights.Add(coincidences[i]);
                deltas.Add(deltaSquared[i]);
            }
        }

        var count = weights.Count;
        if (count == 0)
        {
            throw new ArgumentException("The coincidence matrix is empty.", nameof(coincidences));
        }

        var total = weights.Sum();
        var scaled = weights.Select(w => w * count / total).ToArray();
        _threshold = new double[count];
        _ownDelta = [.. deltas];
        _aliasDelta = new double[count];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _threshold[s] = scaled[s];
            _aliasDelta[s] = deltas[l];
            scaled[l] -= 1 - scaled[s];
            (scaled[l] < 1 ? small : large).Push(l);
        }

        // What is left has weight 1 up to rounding: it always keeps its own pair.
        foreach (var i in small.Concat(large))
        {
            _threshold[i] = 1;
            _aliasDelta[i] = deltas[i];
        }

        _cut = [.. _threshold.Select(t => (long)Math.Round(t * (1L << BitsPerDraw)))];
    }

    /// <summary>The random bits one draw uses; a double from the generator carries 53, enough for two draws.</summary>
    public const int BitsPerDraw = 26;

    private const long DrawMask = (1L << BitsPerDraw) - 1;

    /// <summary>
    /// Sums δ² over <paramref name="draws"/> pairs chosen by the uniform doubles (two draws per
    /// double: its low and its next 26 of 53 random bits, each picking a column and deciding
    /// between the column's own pair and its alias with 2⁻²⁶ resolution).
    /// </summary>
    public double SumDeltas(ReadOnlySpan<double> uniforms, int draws)
    {
        var count = _threshold.Length;
        double sum = 0;
        unchecked
        {
            for (var i = 0; i < draws; i += 2)
            {
                var bits = (long)(uniforms[i >> 1] * 9007199254740992.0);
                sum += Draw(bits & DrawMask, count);
                if (i + 1 < draws)
                {
                    sum += Draw((bits >> BitsPerDraw) & DrawMask, count);
                }
            }
        }

        return sum;
    }

    private double Draw(long x, int count)
    {
        unchecked
        {
            var scaled = x * count;
            var column = (int)(scaled >> BitsPerDraw);
            return (scaled & DrawMask) < _cut[column] ? _ownDelta[column] : _aliasDelta[column];
        }
    }
}
