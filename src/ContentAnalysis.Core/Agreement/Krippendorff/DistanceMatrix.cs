namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The squared differences δ²_ck between every pair of values at a level of measurement
/// (Krippendorff 2011, "difference functions"; Krippendorff 2013, ch. 12), stored row-major.
/// </summary>
internal static class DistanceMatrix
{
    /// <summary>δ² for a metric level; ordinal distances use the pairable-value marginals n_g.</summary>
    /// <exception cref="ArgumentException">Interval or ratio data without numeric values.</exception>
    public static double[] ForLevel(ReliabilityData data, LevelOfMeasurement level, ReadOnlySpan<double> marginals)
    {
        var size = data.ValueCount;
        var delta = new double[(long)size * size];
        switch (level)
        {
            case LevelOfMeasurement.Nominal:
                for (var c = 0; c < size; c++)
                {
                    for (var k = 0; k < size; k++)
                    {
                        delta[(c * size) + k] = c == k ? 0 : 1;
                    }
                }

                break;

            case LevelOfMeasurement.Ordinal:
                FillOrdinal(delta, size, marginals);
                break;

            case LevelOfMeasurement.Interval:
            case LevelOfMeasurement.Ratio:
                var numbers = Rescaled(RequireNumbers(data, level));
                for (var c = 0; c < size; c++)
                {
                    for (var k = 0; k < size; k++)
                    {
                        delta[(c * size) + k] = level == LevelOfMeasurement.Interval
                            ? Interval(numbers[c], numbers[k])
                            : Ratio(numbers[c], numbers[k]);
                    }
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level of measurement.");
        }

        return delta;
    }

    /// <summary>Fails early when a level needs numbers the data do not have.</summary>
    /// <exception cref="ArgumentException">Interval or ratio data without numeric values.</exception>
    public static void EnsureSupported(ReliabilityData data, LevelOfMeasurement level)
    {
        if (level is LevelOfMeasurement.Interval or LevelOfMeasurement.Ratio)
        {
            _ = RequireNumbers(data, level);
        }
    }

    /// <summary>δ² from a user function over the numeric values.</summary>
    /// <exception cref="ArgumentException">The data have no numeric values or the function returns a negative or non-finite value.</exception>
    public static double[] FromFunction(ReliabilityData data, Func<double, double, double> deltaSquared)
    {
        var numbers = RequireNumbers(data, null);
        var size = data.ValueCount;
        var delta = new double[(long)size * size];
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                delta[(c * size) + k] = Check(deltaSquared(numbers[c], numbers[k]), c, k, data);
            }
        }

        return delta;
    }

    /// <summary>δ² from a user matrix indexed by value codes.</summary>
    /// <exception cref="ArgumentException">The matrix is not V × V or holds a negative or non-finite value.</exception>
    public static double[] FromMatrix(ReliabilityData data, double[,] deltaSquared)
    {
        var size = data.ValueCount;
        if (deltaSquared.GetLength(0) != size || deltaSquared.GetLength(1) != size)
        {
            throw new ArgumentException(
                $"The distance matrix must be {size} × {size} (one row and column per value), got {deltaSquared.GetLength(0)} × {deltaSquared.GetLength(1)}.",
                nameof(deltaSquared));
        }

        var delta = new double[(long)size * size];
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                delta[(c * size) + k] = Check(deltaSquared[c, k], c, k, data);
            }
        }

        return delta;
    }

    /// <summary>Magnitudes above this are divided by a power of two before δ² is taken.</summary>
    public static double RescaleAbove { get; } = Math.ScaleB(1.0, 400);

    /// <summary>
    /// The numbers, divided by a power of two (exactly) when the largest magnitude exceeds 2⁴⁰⁰ ≈ 2.6·10¹²⁰, so
    /// that squared differences and their sums over n² pairs stay finite; alpha is scale invariant at the
    /// interval and ratio level, so only D_o and D_e change, by the same factor.
    /// </summary>
    public static IReadOnlyList<double> Rescaled(IReadOnlyList<double> numbers)
    {
        var largest = numbers.Count == 0 ? 0 : numbers.Max(Math.Abs);
        if (largest <= RescaleAbove)
        {
            return numbers;
        }

        var factor = Math.ScaleB(1.0, 400 - Math.ILogB(largest));
        return [.. numbers.Select(v => v * factor)];
    }

    /// <summary>Interval: (c − k)².</summary>
    public static double Interval(double c, double k) => (c - k) * (c - k);

    /// <summary>Ratio: ((c − k)/(c + k))², zero when both are zero.</summary>
    public static double Ratio(double c, double k)
    {
        var sum = c + k;
        if (sum == 0)
        {
            return 0;
        }

        var d = (c - k) / sum;
        return d * d;
    }

    /// <summary>
    /// Ordinal: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², Krippendorff (2011): the distance is the
    /// number of pairable values ranked between c and k (half of each end), not the rank difference.
    /// </summary>
    private static void FillOrdinal(double[] delta, int size, ReadOnlySpan<double> marginals)
    {
        for (var c = 0; c < size; c++)
        {
            double cumulative = 0;
            for (var k = c; k < size; k++)
            {
                cumulative += marginals[k];
                var d = cumulative - ((marginals[c] + marginals[k]) / 2);
                var value = k == c ? 0 : d * d;
                delta[(c * size) + k] = value;
                delta[(k * size) + c] = value;
            }
        }
    }

    private static IReadOnlyList<double> RequireNumbers(ReliabilityData data, LevelOfMeasurement? level)
    {
        if (data.NumericValues is { } numbers)
        {
            return numbers;
        }

        var first = data.Values.FirstOrDefault(v => !double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _)) ?? "?";
        var what = level is null ? "a distance function over numbers" : $"the {level.Value.ToString().ToLowerInvariant()} level";
        throw new ArgumentException(
            $"Krippendorff's alpha at {what} needs numeric values, but value '{first}' is not a number; use the nominal or ordinal level or recode the values as numbers.",
            nameof(data));
    }

    private static double Check(double value, int c, int k, ReliabilityData data)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException(
                $"The distance between '{data.Values[c]}' and '{data.Values[k]}' is {value}; distances must be finite and not negative.");
        }

        return value;
    }
}
