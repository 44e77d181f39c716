namespace ContentAnalysis.Core.Coding;

/// <summary>
/// The unit and dimension ids of folded journals, each numbered once (an ordinal), and the other text of their lines
/// (value sets, hashes, memos) kept once however many lines repeat it. The journals a <see cref="CodingStore"/> loads
/// share one instance, so their codings line up by ordinal and a command joins coders without looking ids up.
/// </summary>
internal sealed class CodingKeys
{
    private readonly IdNumbering _units = new();
    private readonly IdNumbering _dimensions = new();
    private readonly Dictionary<string, string[]> _valueSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _valueSetsBySpan;
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _textsBySpan;
    private string?[] _unitHashes = [];
    private int[]? _ranks;

    public CodingKeys()
    {
        _valueSetsBySpan = _valueSets.GetAlternateLookup<ReadOnlySpan<char>>();
        _textsBySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of unit ids numbered so far.</summary>
    public int UnitCount => _units.Count;

    /// <summary>The number of dimension ids numbered so far.</summary>
    public int DimensionCount => _dimensions.Count;

    /// <summary>The unit id of an ordinal.</summary>
    public string UnitId(int unit) => _units[unit];

    /// <summary>The dimension id of an ordinal.</summary>
    public string DimensionId(int dimension) => _dimensions[dimension];

    /// <summary>The ordinal of <paramref name="id"/>, numbering it when new.</summary>
    public int Unit(string id) => _units.Number(id);

    /// <inheritdoc cref="Unit(string)"/>
    public int Unit(ReadOnlySpan<char> id) => _units.Number(id);

    /// <summary>The ordinal of <paramref name="id"/>, or -1 when no journal names it.</summary>
    public int FindUnit(string id) => _units.Find(id);

    /// <summary>The ordinal of a dimension id, numbering it when new.</summary>
    public int Dimension(string id) => _dimensions.Number(id);

    /// <summary>The ordinal of a dimension id, or -1 when no journal names it.</summary>
    public int FindDimension(string id) => _dimensions.Find(id);

    /// <summary>The values of a journal's <c>values</c> field (split at <c>;</c>), one shared array per distinct field.</summary>
    public string[] ValueSet(string text)
    {
        if (!_valueSets.TryGetValue(text, out var values))
        {
            values = text.Contains(CodingJournal.ValueSeparator, StringComparison.Ordinal) ? text.Split(CodingJournal.ValueSeparator) : [text];
            _valueSets.Add(text, values);
        }

        return values;
    }

    /// <inheritdoc cref="ValueSet(string)"/>
    public string[] ValueSet(ReadOnlySpan<char> text) => _valueSetsBySpan.TryGetValue(text, out var values) ? values : ValueSet(text.ToString());

    /// <summary>
    /// The unit hash of a line about <paramref name="unit"/>: the one its earlier lines gave when equal (every coder's lines
    /// of a unit carry the same hash until its text changes), without hashing the text to look it up.
    /// </summary>
    public string UnitHash(int unit, ReadOnlySpan<char> text)
    {
        if (unit >= _unitHashes.Length)
        {
            Array.Resize(ref _unitHashes, Math.Max(unit + 1, Math.Max(_unitHashes.Length * 2, _units.Count)));
        }

        ref var known = ref _unitHashes[unit];
        if (known is null || !text.SequenceEqual(known))
        {
            known = text.ToString();
        }

        return known;
    }

    /// <summary>Each unit ordinal's rank when the unit ids are sorted ordinally (computed once while no unit is added).</summary>
    public int[] IdRanks()
    {
        if (_ranks is { } known && known.Length == _units.Count)
        {
            return known;
        }

        var ids = _units.Ids.ToArray();
        var ordinals = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(ids, ordinals, StringComparer.Ordinal);
        var ranks = new int[ids.Length];
        for (var i = 0; i < ordinals.Length; i++)
        {
            ranks[ordinals[i]] = i;
        }

        return _ranks = ranks;
    }

    /// <summary>One instance of each distinct text (hashes, memos, provenance).</summary>
    public string Text(string text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (_texts.TryGetValue(text, out var known))
        {
            return known;
        }

        _texts.Add(text);
        return text;
    }

    /// <inheritdoc cref="Text(string)"/>
    public string Text(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        return _textsBySpan.TryGetValue(text, out var known) ? known : Text(text.ToString());
    }
}
