namespace ContentAnalysis.Core.Coding;

/// <summary>Ids numbered 0, 1, 2, … in the order they are first met, and back from number to id.</summary>
internal sealed class IdNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _ids = [];

    public IdNumbering() => _bySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many ids are numbered.</summary>
    public int Count => _ids.Count;

    /// <summary>The id of a number.</summary>
    public string this[int number] => _ids[number];

    /// <summary>Every id, in the order of their numbers.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The number of <paramref name="id"/>, numbering it when new.</summary>
    public int Number(string id) => Number(id, out _);

    /// <summary>The number of <paramref name="id"/>, numbering it when new (<paramref name="added"/>).</summary>
    public int Number(string id, out bool added)
    {
        added = !_numbers.TryGetValue(id, out var number);
        if (added)
        {
            number = _ids.Count;
            _numbers.Add(id, number);
            _ids.Add(id);
        }

        return number;
    }

    /// <inheritdoc cref="Number(string)"/>
    public int Number(ReadOnlySpan<char> id) => _bySpan.TryGetValue(id, out var number) ? number : Number(id.ToString());

    /// <summary>The number of <paramref name="id"/>, or -1 when it is not numbered.</summary>
    public int Find(string id) => _numbers.GetValueOrDefault(id, -1);
}
