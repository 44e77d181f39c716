using System.Text;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Agreement;

/// <summary>Assigns each distinct cell label a code in first-seen order, remembering where it first occurred.</summary>
internal sealed class ValueInterner
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<string, long> _firstLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private readonly Dictionary<ulong, int> _short = [];

    // Cells of one or two bytes (codes like 1, 10, NA, x) by their bytes: code + 2, 0 when not seen yet, so that
    // Missing (-1) is stored as 1. 64 KiB + 256 entries, made on first use.
    private int[]? _tiny;

    public ValueInterner() => _byChars = _codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<string> Labels => _labels;

    public IReadOnlyDictionary<string, long> FirstLines => _firstLines;

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

        code = _labels.Count;
        _codes.Add(cell, code);
        _labels.Add(cell);
        _firstLines.Add(cell, line);
        return code;
    }

    /// <summary>
    /// The code of a cell given as UTF-8 bytes, the same as <see cref="Intern(string, long)"/> on its text;
    /// a string is made only for a label not seen before, so a million cells of ten labels allocate ten.
    /// </summary>
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

        if (!_short.TryGetValue(key, out var code))
        {
            code = InternText(utf8, line);
            _short.Add(key, code);
        }

        return code;
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
    public (string[] Values, double[]? Numbers, int[] Remap, bool[] IsNumber) Sorted(IReadOnlyList<string>? order)
    {
        var count = _labels.Count;
        var isNumber = new bool[count];
        var parsed = new double[count];
        for (var i = 0; i < count; i++)
        {
            isNumber[i] = ReliabilityMatrixReader.TryNumber(_labels[i], out parsed[i]);
        }

        var numeric = Array.TrueForAll(isNumber, n => n);
        var groupOf = new int[count];
        var keys = new List<string>();
        var numbers = new List<double>();
        var ranks = new List<int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = numeric ? NumericValue.Format(parsed[i]) : _labels[i];
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
                numbers.Add(parsed[i]);
                ranks.Add(rank);
            }

            groupOf[i] = group;
        }

        var groups = Enumerable.Range(0, keys.Count);
        var sorted = (numeric
            ? groups.OrderBy(g => numbers[g])
            : order is not null
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

        return ([.. sorted.Select(g => keys[g])], numeric ? [.. sorted.Select(g => numbers[g])] : null, remap, isNumber);
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
}
