using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The cells of a matrix with many distinct numbers (a continuous scale: hundreds of thousands of values), held as the
/// numbers themselves while reading (NaN for missing) and turned into value codes once at the end by sorting, instead
/// of one dictionary entry and one string per distinct value. Numbers follow the one rule of
/// <see cref="NumericValue"/>, so <c>3</c> and <c>3.0</c> are one value, as when every label is interned and sorted.
/// </summary>
internal sealed class NumericCells
{
    /// <summary>Past this many distinct labels, all of them numbers, the reader switches to numbers.</summary>
    internal const int SwitchAfterLabels = 65_536;

    private double[] _numbers;

    private NumericCells(double[] numbers) => _numbers = numbers;

    /// <summary>
    /// Starts numeric reading from the codes read so far, or returns null when a label is not a number (the matrix is
    /// then read as labels to the end).
    /// </summary>
    public static NumericCells? From(ValueInterner interner, int[] cells, int filled)
    {
        var numbers = new double[interner.Labels.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!NumericValue.TryParse(interner.Labels[i].AsSpan(), out numbers[i]))
            {
                return null;
            }
        }

        var values = new double[cells.Length];
        for (var i = 0; i < filled; i++)
        {
            values[i] = cells[i] == ReliabilityData.Missing ? double.NaN : numbers[cells[i]];
        }

        return new NumericCells(values);
    }

    /// <summary>The labels of the values: their canonical text, made when read.</summary>
    public static IReadOnlyList<string> Labels(double[] values) => new ValueInterner.CanonicalNumbers(values);

    /// <summary>Grows with the cell array.</summary>
    public void Resize(int length) => Array.Resize(ref _numbers, length);

    /// <summary>Stores a cell; false when it is neither missing nor a number (the reader must start again with labels).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool TrySet(int index, ReadOnlySpan<byte> utf8)
    {
        if (ValueInterner.IsMissing(utf8))
        {
            _numbers[index] = double.NaN;
            return true;
        }

        return NumericValue.TryParse(utf8, out _numbers[index]);
    }

    /// <summary>
    /// Fills <paramref name="cells"/> with value codes in numeric order and returns the distinct numbers: the cells'
    /// numbers are sorted once (a radix sort on their order-preserving bit patterns, with the cell index carried).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double[] Encode(int[] cells)
    {
        var count = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            count += double.IsNaN(_numbers[i]) ? 0 : 1;
        }

        var keys = new ulong[count];
        var items = new int[count];
        var n = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var value = _numbers[i];
            if (double.IsNaN(value))
            {
                cells[i] = ReliabilityData.Missing;
                continue;
            }

            keys[n] = Sortable(value);
            items[n++] = i;
        }

        RadixSort(keys, items);
        var distinct = new List<double>();
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                distinct.Add(_numbers[items[i]]);
            }

            cells[items[i]] = distinct.Count - 1;
        }

        return [.. distinct];
    }

    // Flips the sign bit of positives and every bit of negatives, so unsigned order is numeric order (−0 is never
    // here: NumericValue adds +0).
    internal static ulong Sortable(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>Least-significant-digit radix sort, 16 bits a pass, stable; passes where every key has one digit are skipped.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void RadixSort(ulong[] keys, int[] items)
    {
        var count = keys.Length;
        var (fromKeys, fromItems) = (keys, items);
        var (toKeys, toItems) = (new ulong[count], new int[count]);
        var histogram = new int[1 << 16];
        for (var shift = 0; shift < 64 && count > 0; shift += 16)
        {
            Array.Clear(histogram);
            foreach (var key in fromKeys)
            {
                histogram[(int)((key >> shift) & 0xFFFF)]++;
            }

            if (histogram[(int)((fromKeys[0] >> shift) & 0xFFFF)] == count)
            {
                continue;
            }

            var total = 0;
            for (var d = 0; d < histogram.Length; d++)
            {
                (histogram[d], total) = (total, total + histogram[d]);
            }

            for (var i = 0; i < count; i++)
            {
                var slot = histogram[(int)((fromKeys[i] >> shift) & 0xFFFF)]++;
                toKeys[slot] = fromKeys[i];
                toItems[slot] = fromItems[i];
            }

            (fromKeys, toKeys) = (toKeys, fromKeys);
            (fromItems, toItems) = (toItems, fromItems);
        }

        if (!ReferenceEquals(fromKeys, keys))
        {
            fromKeys.CopyTo(keys, 0);
            fromItems.CopyTo(items, 0);
        }
    }
}
