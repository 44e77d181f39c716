namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Krippendorff's alpha for unitizing a continuum, the family of Krippendorff, Mathet, Bouvry and Widlöcher (2016),
/// "On the reliability of unitizing textual continua: Further developments", <i>Quality &amp; Quantity</i> 50:2347–2364
/// (also Krippendorff 2019, <i>Content Analysis</i>, 4th ed., §12.6). Each coder's continuum is a partition into units
/// with values and gaps (φ). Observed coincidences (eq. 1): l_ck = Σ_i Σ_{j≠i} |units of i valued c ∩ units of j
/// valued k| / (m − 1), so l.. = mL. Expected (eq. 4): ε_ck = (l_c. l_.k − δ_ck Σ ℓ_c²) / (l.. − Σ ℓ² / l..), where a
/// unit's length counts squared (it pairs with itself as a whole) and a gap's once (gaps are not units). Then
/// <c>uα</c> = 1 − D_o/D_e over all values including φ (eq. 5a); <c>|uα</c> collapses the values to φ versus not φ
/// (eq. 6); <c>cuα</c> keeps only unit-meets-unit coincidences, with each unit's self-pairing reduced to its
/// intersections with other coders' units (eqs. 10–11); <c>(k)uα</c> = 1 − (ε*_k./l*_k.)(l*_k. − l*_kk)/(ε*_k. − ε*_kk)
/// per value (eq. 13b). Nominal metric throughout.
/// </summary>
public static class UnitizingAlpha
{
    private const int Gap = 0;

    /// <summary>Computes <c>uα</c>, <c>|uα</c>, <c>cuα</c> and every value's <c>(k)uα</c>.</summary>
    /// <param name="data">The coders' units on one continuum.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    public static UnitizingAlphaResult Compute(UnitizingData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var values = data.Units.SelectMany(u => u).Select(u => u.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i + 1, StringComparer.Ordinal);
        var size = values.Count + 1;
        var partitions = data.Units.Select(u => Partition(u, data.Length, index)).ToList();
        var m = partitions.Count;

        var observed = new double[size, size];
        var selfPairs = new double[size];
        var intersectingSelfPairs = new double[size];
        foreach (var partition in partitions)
        {
            foreach (var (start, end, value) in partition)
            {
                // A unit is one whole: all its positions pair with each other; a gap's positions only with themselves.
                selfPairs[value] += value == Gap ? end - start : Square(end - start);
            }
        }

        for (var i = 0; i < m; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < m; j++)
            {
                Coincide(partitions[i], partitions[j], observed, intersectingSelfPairs, m);
            }
        }

        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                observed[c, k] /= m - 1;
            }
        }

        var all = Enumerable.Range(0, size).ToArray();
        var units = all[1..];
        var full = Expected(observed, selfPairs, all);
        var star = Expected(observed, intersectingSelfPairs, units);
        var counts = data.Units.SelectMany(u => u).CountBy(u => u.Value, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var perValue = units.Select(k => new UnitizingValueAlpha(
            values[k - 1],
            counts[values[k - 1]],
            ValueAlpha(observed, star, k),
            Ratio(star.Rows[k], full.Rows[k]))).ToList();
        return new UnitizingAlphaResult(
            Alpha(observed, full, all),
            BinaryAlpha(observed, full),
            Alpha(observed, star, units),
            Ratio(star.Total, full.Total),
            perValue,
            m,
            data.UnitCount,
            data.Length);
    }

    // The coder's continuum as segments (start, end, value index), gaps (index 0) filling what no unit covers.
    private static List<(long Start, long End, int Value)> Partition(IReadOnlyList<MarkedUnit> units, long length, Dictionary<string, int> index)
    {
        var segments = new List<(long, long, int)>(2 * units.Count + 1);
        var at = 0L;
        foreach (var unit in units)
        {
            if (unit.Start > at)
            {
                segments.Add((at, unit.Start, Gap));
            }

            segments.Add((unit.Start, unit.End, index[unit.Value]));
            at = unit.End;
        }

        if (at < length)
        {
            segments.Add((at, length, Gap));
        }

        return segments;
    }

    // Adds the coincidences of one pair of coders (both directions), and each unit's squared intersection with the
    // other coder's units to the cuα self-pairing term (eq. 10, divided by m − 1 like the coincidences).
    private static void Coincide(List<(long Start, long End, int Value)> a, List<(long Start, long End, int Value)> b, double[,] observed, double[] intersectingSelfPairs, int m)
    {
        var inA = new double[a.Count];
        var inB = new double[b.Count];
        var (x, y) = (0, 0);
        while (x < a.Count && y < b.Count)
        {
            var overlap = Math.Min(a[x].End, b[y].End) - Math.Max(a[x].Start, b[y].Start);
            if (overlap > 0)
            {
                observed[a[x].Value, b[y].Value] += overlap;
                observed[b[y].Value, a[x].Value] += overlap;
                if (a[x].Value != Gap && b[y].Value != Gap)
                {
                    inA[x] += overlap;
                    inB[y] += overlap;
                }
            }

            if (a[x].End <= b[y].End)
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        for (var g = 0; g < a.Count; g++)
        {
            intersectingSelfPairs[a[g].Value] += Square(inA[g]) / (m - 1);
        }

        for (var h = 0; h < b.Count; h++)
        {
            intersectingSelfPairs[b[h].Value] += Square(inB[h]) / (m - 1);
        }
    }

    private sealed record ExpectedCoincidences(double[,] Matrix, double[] Rows, double[] ExpectedRows, double Total);

    // ε_ck = (l_c. l_.k − δ_ck S_c) / (l.. − S / l..) over the values in `over` (eq. 4; eq. 10 with the intersections).
    private static ExpectedCoincidences Expected(double[,] observed, double[] selfPairs, int[] over)
    {
        var size = observed.GetLength(0);
        var rows = new double[size];
        foreach (var c in over)
        {
            rows[c] = over.Sum(k => observed[c, k]);
        }

        var total = over.Sum(c => rows[c]);
        var denominator = total - (over.Sum(c => selfPairs[c]) / total);
        var expected = new double[size, size];
        var expectedRows = new double[size];
        foreach (var c in over)
        {
            foreach (var k in over)
            {
                expected[c, k] = ((rows[c] * rows[k]) - (c == k ? selfPairs[c] : 0)) / denominator;
                expectedRows[c] += expected[c, k];
            }
        }

        return new ExpectedCoincidences(expected, rows, expectedRows, total);
    }

    // 1 − D_o/D_e with the nominal metric (eqs. 5a, 11).
    private static double Alpha(double[,] observed, ExpectedCoincidences expected, int[] over)
    {
        var disagreeing = expected.Total - over.Sum(c => observed[c, c]);
        var expectedDisagreeing = expected.Total - over.Sum(c => expected.Matrix[c, c]);
        return OneMinus(disagreeing, expectedDisagreeing);
    }

    // φ against every value taken together (eq. 6).
    private static double BinaryAlpha(double[,] observed, ExpectedCoincidences expected) =>
        OneMinus(expected.Rows[Gap] - observed[Gap, Gap], expected.ExpectedRows[Gap] - expected.Matrix[Gap, Gap]);

    // (k)uα = 1 − (ε*_k. / l*_k.) (l*_k. − l*_kk) / (ε*_k. − ε*_kk) (eq. 13b).
    private static double ValueAlpha(double[,] observed, ExpectedCoincidences star, int k) =>
        star.Rows[k] > 0
            ? OneMinus(star.ExpectedRows[k] / star.Rows[k] * (star.Rows[k] - observed[k, k]), star.ExpectedRows[k] - star.Matrix[k, k])
            : double.NaN;

    // Not defined without expected disagreement (no variation, or nothing to compare).
    private static double OneMinus(double observed, double expected) =>
        expected > 1e-12 && double.IsFinite(expected) ? 1 - (observed / expected) : double.NaN;

    private static double Ratio(double part, double whole) => whole > 0 ? part / whole : 0;

    private static double Square(double x) => x * x;
}
