namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The cross-tabulation of two coders' values over the units both coded: row = coder A's value,
/// column = coder B's value (indices into <see cref="Values"/>).
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[] _counts;

    private ConfusionMatrix(string coderA, string coderB, IReadOnlyList<string> values, int[] counts)
    {
        CoderA = coderA;
        CoderB = coderB;
        Values = values;
        _counts = counts;
        Total = counts.Sum();
        Agreements = Enumerable.Range(0, values.Count).Sum(k => counts[(k * values.Count) + k]);
    }

    /// <summary>The coder whose values are the rows.</summary>
    public string CoderA { get; }

    /// <summary>The coder whose values are the columns.</summary>
    public string CoderB { get; }

    /// <summary>The value labels; row and column indices refer to this list.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The number of units both coders coded.</summary>
    public int Total { get; }

    /// <summary>The number of units both coders gave the same value.</summary>
    public int Agreements { get; }

    /// <summary>The number of units where coder A chose value <paramref name="row"/> and coder B value <paramref name="column"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside <see cref="Values"/>.</exception>
    public int this[int row, int column] => _counts[(row * Values.Count) + column];

    /// <summary>Cross-tabulates two coders of the data.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coder index is out of range or both are equal.</exception>
    public static ConfusionMatrix Build(ReliabilityData data, int coderA, int coderB)
    {
        ArgumentNullException.ThrowIfNull(data);
        KappaFamily.CheckPair(data, coderA, coderB);
        var q = data.ValueCount;
        var counts = new int[q * q];
        for (var u = 0; u < data.UnitCount; u++)
        {
            var row = data.Row(u);
            int a = row[coderA], b = row[coderB];
            if (a != ReliabilityData.Missing && b != ReliabilityData.Missing)
            {
                counts[(a * q) + b]++;
            }
        }

        return new ConfusionMatrix(data.Coders[coderA], data.Coders[coderB], data.Values, counts);
    }
}
