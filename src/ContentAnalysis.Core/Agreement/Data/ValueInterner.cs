using System.Text;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Agreement;

/// <summary>Assigns each distinct cell label a code in first-seen order, remembering where it first occurred.</summary>
internal sealed class ValueInterner
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly List<long> _lines = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private readonly Dictionary<ulong, int> _short = new(MixedKey.Instance);

    // Cells of one or two bytes (codes like 1, 10, NA, x) by their bytes: code + 2, 0 when not seen yet, so that
    // Missing (-1) is stored as 1. 64 KiB + 256 entries, made on first use.
    private int[]? _tiny;

    public ValueInterner() => _byChars = _codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Each label with the line it first occurred on, in first-seen order.</summary>
    public IEnumerable<(string Label, long Line)> FirstLines => _labels.Select((label, i) => (label, _lines[i]));

    /// <summary>The code of <paramref name="cell"/>, or <see cref="ReliabilityData.Missing"/> for a missing marker.</summary>
    public int Intern(string cell, long line)
    {
        if (_codes.TryGetValue(cell, out var code))
        {
            return code;
        }

        if (ReliabilityMatrixReader.IsMissing(cell))
        {
            return ReliabilityData.Missing;
        }

        code = Add(cell, line);
        _codes.Add(cell, code);
        return code;
    }

    private int Add(string label, long line)
    {
        _labels.Add(label);
        _lines.Add(line);
        return _labels.Count - 1;
    }

    /// <summary>
    /// The code of a cell given as UTF-8 bytes, the same as <see cref="Intern(string, long)"/> on its text;
    /// a string is made only for a label not seen before, so a million cells of ten labels allocate ten.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<byte> utf8, long line)
    {
        if (utf8.Length is 1 or 2)
        {
            _tiny ??= new int[0x10000 + 0x100];
            var slot = utf8.Length == 1 ? 0x10000 + utf8[0] : (utf8[0] << 8) | utf8[1];
            var known = _tiny[slot];
            if (known != 0)
            {
                return known - 2;
            }

            var added = InternText(utf8, line);
            _tiny[slot] = added + 2;
            return added;
        }

        if (utf8.Length > 7)
        {
            return InternText(utf8, line);
        }

        // Short cells (codes like 1, 10, NA, yes) are looked up by their bytes packed into one number,
        // with the length in the top byte so that "1" and "1\0" differ; the code of a text never changes.
        var key = (ulong)utf8.Length << 56;
        for (var i = 0; i < utf8.Length; i++)
        {
            key |= (ulong)utf8[i] << (8 * i);
        }

        ref var code = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_short, key, out var seen);
        if (!seen)
        {
            // Only cells of this length come here, so the label is new to every other path too.
            Span<char> chars = stackalloc char[8];
            var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
            code = IsMissing(text) ? ReliabilityData.Missing : Add(text.ToString(), line);
        }

        return code;
    }

    /// <summary>
    /// <see cref="Intern(ReadOnlySpan{byte}, long)"/> without a line (0), with the lookup of a known one- or two-byte
    /// cell inlined into the caller's loop.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int InternShort(ReadOnlySpan<byte> utf8)
    {
        if (_tiny is { } tiny && utf8.Length is 1 or 2)
        {
            var known = tiny[utf8.Length == 1 ? 0x10000 + utf8[0] : (utf8[0] << 8) | utf8[1]];
            if (known != 0)
            {
                return known - 2;
            }
        }

        return Intern(utf8, 0);
    }

    private int InternText(ReadOnlySpan<byte> utf8, long line)
    {
        if (utf8.Length > 128)
        {
            return Intern(Encoding.UTF8.GetString(utf8), line);
        }

        Span<char> chars = stackalloc char[128];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_byChars.TryGetValue(text, out var code))
        {
            return code;
        }

        return IsMissing(text) ? ReliabilityData.Missing : Intern(text.ToString(), line);
    }

    /// <summary>
    /// The values in value order, their numeric values if all are numbers, the map from first-seen codes to value
    /// codes, and which first-seen labels are numbers. When every label is a number, labels that are the same number
    /// (<c>3</c>, <c>3.0</c>, <c>03</c>, <c>3e0</c>) become one value shown in its canonical form; when labels are mixed
    /// in, every value is a label compared as text (the rule of <see cref="NumericValue"/>).
    /// Values are ordered numerically when all are numbers, else by <paramref name="order"/>, else ordinally.
    /// </summary>
    public (IReadOnlyList<string> Values, double[]? Numbers, int[] Remap, bool[] IsNumber) Sorted(IReadOnlyList<string>? order)
    {
        var count = _labels.Count;
        var isNumber = new bool[count];
        var parsed = new double[count];
        var numeric = true;
        for (var i = 0; i < count; i++)
        {
            isNumber[i] = ReliabilityMatrixReader.TryNumber(_labels[i], out parsed[i]);
            numeric &= isNumber[i];
        }

        return numeric ? SortedNumbers(parsed, isNumber) : SortedLabels(order, isNumber);
    }

    // Every label a number: sort the numbers once and give equal numbers one code; the labels are their canonical
    // forms, made only when read (a continuous scale has as many as it has cells).
    private static (IReadOnlyList<string> Values, double[]? Numbers, int[] Remap, bool[] IsNumber) SortedNumbers(double[] parsed, bool[] isNumber)
    {
        var count = parsed.Length;
        var keys = (double[])parsed.Clone();
        var items = new int[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = i;
        }

        Array.Sort(keys, items);
        var remap = new int[count];
        var numbers = new List<double>();
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || !keys[i].Equals(keys[i - 1]))
            {
                numbers.Add(keys[i]);
            }

            remap[items[i]] = numbers.Count - 1;
        }

        var values = numbers.ToArray();
        return (new CanonicalNumbers(values), values, remap, isNumber);
    }

    private (IReadOnlyList<string> Values, double[]? Numbers, int[] Remap, bool[] IsNumber) SortedLabels(IReadOnlyList<string>? order, bool[] isNumber)
    {
        var count = _labels.Count;
        var groupOf = new int[count];
        var keys = new List<string>();
        var ranks = new List<int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = _labels[i];
            var rank = order is null ? 0 : IndexOf(order, _labels[i]);
            if (index.TryGetValue(key, out var group))
            {
                ranks[group] = Math.Min(ranks[group], rank);
            }
            else
            {
                group = keys.Count;
                index.Add(key, group);
                keys.Add(key);
                ranks.Add(rank);
            }

            groupOf[i] = group;
        }

        var groups = Enumerable.Range(0, keys.Count);
        var sorted = (order is not null
            ? groups.OrderBy(g => ranks[g])
            : groups.OrderBy(g => keys[g], StringComparer.Ordinal)).ToArray();
        var position = new int[keys.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            position[sorted[i]] = i;
        }

        var remap = new int[count];
        for (var i = 0; i < count; i++)
        {
            remap[i] = position[groupOf[i]];
        }

        return ([.. sorted.Select(g => keys[g])], null, remap, isNumber);
    }

    /// <summary>Whether a cell given as UTF-8 bytes is empty or a missing marker (<c>NA</c>, <c>.</c>, any case).</summary>
    internal static bool IsMissing(ReadOnlySpan<byte> utf8)
    {
        // Numbers start with a digit or a sign; every marker is short.
        if (utf8.Length > 8 || (utf8.Length > 0 && (char.IsAsciiDigit((char)utf8[0]) || utf8[0] is (byte)'-' or (byte)'+')))
        {
            return false;
        }

        Span<char> chars = stackalloc char[8];
        return IsMissing(chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)]);
    }

    private static bool IsMissing(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return true;
        }

        foreach (var marker in ReliabilityMatrixReadOptions.MissingMarkers)
        {
            if (cell.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> order, string label)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // The default hash of a ulong XORs its two halves, which for packed short decimals (12.3456) sends hundreds of
    // thousands of distinct keys to a few tens of thousands of hash codes; a multiplicative mix spreads them.
    private sealed class MixedKey : IEqualityComparer<ulong>
    {
        public static readonly MixedKey Instance = new();

        public bool Equals(ulong x, ulong y) => x == y;

        public int GetHashCode(ulong obj) => unchecked((int)((obj * 0x9E3779B97F4A7C15UL) >> 32));
    }

    /// <summary>The canonical text of each number (<see cref="NumericValue.Format"/>), made when first read.</summary>
    internal sealed class CanonicalNumbers(double[] numbers) : IReadOnlyList<string>
    {
        private readonly string?[] _texts = new string?[numbers.Length];

        public int Count => numbers.Length;

        public string this[int index] => _texts[index] ??= NumericValue.Format(numbers[index]);

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < numbers.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
