namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Krippendorff's classic alpha for unitizing, <c>αU</c>: Krippendorff (1995), "On the reliability of unitizing
/// contiguous data", <i>Sociological Methodology</i> 25:47–76, in the discrete form of Krippendorff (2004),
/// <i>Content Analysis</i>, 2nd ed., pp. 251–256. Each value c is judged on its own: a coder's continuum is split
/// into the units valued c and the stretches between them (gaps, which include other values' units). The distance
/// of coder i's segment g and coder j's segment h is (b_g − b_h)² + (e_g − e_h)² when both are units and overlap,
/// ℓ_g² when g is a unit inside the gap h (and ℓ_h² the other way round), otherwise 0. Then
/// D_o(c) = Σ_{i≠j} Σ_g Σ_h δ²_gh / (m(m − 1) L²), and
/// D_e(c) = (2/L) Σ_u [(N_c − 1)(2ℓ_u³ − 3ℓ_u² + ℓ_u)/3 + ℓ_u² Σ_{gaps γ with ℓ_γ ≥ ℓ_u} (ℓ_γ − ℓ_u + 1)] /
/// (mL(mL − 1) − Σ_u ℓ_u(ℓ_u − 1)) over all coders' units u of value c (N_c of them) and all coders' gaps.
/// αU(c) = 1 − D_o(c)/D_e(c), and over all values αU = 1 − Σ_c D_o(c) / Σ_c D_e(c). Superseded by the 2016 family
/// (<see cref="UnitizingAlpha"/>), which behaves better with more than two coders; kept for comparison with
/// published results and older software.
/// </summary>
public static class ClassicUnitizingAlpha
{
    /// <summary>Computes <c>αU</c> over all values and per value.</summary>
    /// <param name="data">The coders' units on one continuum.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    public static ClassicUnitizingAlphaResult Compute(UnitizingData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Compute(data.Length, data.Units, cancellationToken);
    }

    /// <summary>
    /// Computes <c>αU</c> where a coder's units of different values may overlap (as in Krippendorff's 2004 example):
    /// the coefficient judges each value on its own, so only units of the same value and coder must not overlap.
    /// </summary>
    /// <param name="length">The length of the continuum (positive).</param>
    /// <param name="units">Per coder (at least two), the coder's units in any order.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <exception cref="ArgumentException">Fewer than two coders, a unit outside the continuum or with an empty value, or units of one value and coder that overlap.</exception>
    public static ClassicUnitizingAlphaResult Compute(long length, IReadOnlyList<IReadOnlyList<MarkedUnit>> units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (units.Count < 2)
        {
            throw new ArgumentException("unitizing needs at least two coders", nameof(units));
        }

        var values = units.SelectMany(u => u).Select(u => u.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var perValue = new List<ClassicUnitizingValueAlpha>(values.Count);
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var data = UnitizingData.Create(length, [.. units.Select((u, i) => new KeyValuePair<string, IReadOnlyList<MarkedUnit>>($"coder {i + 1}", [.. u.Where(x => string.Equals(x.Value, value, StringComparison.Ordinal))]))]);
            var segments = data.Units.Select(u => Segments(u, length)).ToList();
            var observed = Observed(segments, length);
            var expected = Expected(segments, length);
            perValue.Add(new ClassicUnitizingValueAlpha(value, segments.Sum(s => s.Count(x => x.Unit)), observed, expected, OneMinus(observed, expected)));
        }

        return new ClassicUnitizingAlphaResult(
            OneMinus(perValue.Sum(v => v.ObservedDisagreement), perValue.Sum(v => v.ExpectedDisagreement)),
            perValue,
            units.Count,
            length);
    }

    private readonly record struct Segment(long Start, long End, bool Unit)
    {
        public long Length => End - Start;
    }

    // One coder's continuum for one value: its units of that value (sorted, not overlapping), and the gaps between them.
    private static List<Segment> Segments(IReadOnlyList<MarkedUnit> units, long length)
    {
        var segments = new List<Segment>();
        var at = 0L;
        foreach (var unit in units)
        {
            if (unit.Start > at)
            {
                segments.Add(new Segment(at, unit.Start, false));
            }

            segments.Add(new Segment(unit.Start, unit.End, true));
            at = unit.End;
        }

        if (at < length)
        {
            segments.Add(new Segment(at, length, false));
        }

        return segments;
    }

    // Σ over ordered pairs of coders of the distances of their segments, ÷ m(m − 1)L². Only overlapping segments can
    // be at a distance, so one merge walk per pair of coders visits every pair that counts.
    private static double Observed(List<List<Segment>> coders, long length)
    {
        var m = coders.Count;
        var sum = 0.0;
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                var (a, b) = (coders[i], coders[j]);
                var (x, y) = (0, 0);
                while (x < a.Count && y < b.Count)
                {
                    if (Math.Min(a[x].End, b[y].End) > Math.Max(a[x].Start, b[y].Start))
                    {
                        sum += 2 * Distance(a[x], b[y]);
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
            }
        }

        return sum / (m * (m - 1.0) * Square(length));
    }

    // δ² of two overlapping segments of different coders.
    private static double Distance(Segment g, Segment h) =>
        (g.Unit, h.Unit) switch
        {
            (true, true) => Square(g.Start - h.Start) + Square(g.End - h.End),
            (true, false) when h.Start <= g.Start && g.End <= h.End => Square(g.Length),
            (false, true) when g.Start <= h.Start && h.End <= g.End => Square(h.Length),
            _ => 0,
        };

    // The expected disagreement, with the gaps sorted once and Σ_{ℓ_γ ≥ ℓ} (ℓ_γ − ℓ + 1) from suffix sums.
    private static double Expected(List<List<Segment>> coders, long length)
    {
        var units = coders.SelectMany(s => s).Where(s => s.Unit).Select(s => (double)s.Length).ToList();
        var gaps = coders.SelectMany(s => s).Where(s => !s.Unit).Select(s => s.Length).Order().ToArray();
        var longer = new double[gaps.Length + 1];
        for (var g = gaps.Length - 1; g >= 0; g--)
        {
            longer[g] = longer[g + 1] + gaps[g];
        }

        var n = units.Count;
        var numerator = 0.0;
        foreach (var l in units)
        {
            var first = FirstAtLeast(gaps, (long)l);
            var fitting = longer[first] - ((gaps.Length - first) * (l - 1));
            numerator += ((n - 1) * ((2 * l * l * l) - (3 * l * l) + l) / 3) + (l * l * fitting);
        }

        var mL = (double)coders.Count * length;
        var denominator = (mL * (mL - 1)) - units.Sum(l => l * (l - 1));
        return denominator > 0 ? 2.0 / length * numerator / denominator : 0;
    }

    private static int FirstAtLeast(long[] sorted, long value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }

    // Not defined without expected disagreement.
    private static double OneMinus(double observed, double expected) =>
        expected > 1e-15 && double.IsFinite(expected) ? 1 - (observed / expected) : double.NaN;

    private static double Square(double x) => x * x;
}
