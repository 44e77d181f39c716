using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Agreement;

/// <summary>Assigns each distinct cell label a code in first-seen order, remembering where it first occurred.</summary>
internal sealed class ValueInterner
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<string, long> _firstLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private readonly Dictionary<ulong, int> _short = [];

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
    /// The labels in value order (numeric when all are numbers, else <paramref name="order"/>, else ordinal),
    /// their numeric values if any, and the map from first-seen codes to sorted codes.
    /// </summary>
    public (string[] Values, double[]? Numbers, int[] Remap) Sorted(IReadOnlyList<string>? order)
    {
        var numeric = _labels.All(ReliabilityMatrixReader.IsNumber);
        IEnumerable<string> sorted = numeric
            ? _labels.OrderBy(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(l => l, StringComparer.Ordinal)
            : order is not null
                ? _labels.OrderBy(l => IndexOf(order, l))
                : _labels.Order(StringComparer.Ordinal);
        var values = sorted.ToArray();
        var remap = new int[_labels.Count];
        for (var i = 0; i < values.Length; i++)
        {
            remap[_codes[values[i]]] = i;
        }

        var numbers = numeric ? values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray() : null;
        return (values, numbers, remap);
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
