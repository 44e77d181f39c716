namespace ContentAnalysis.Core.Agreement;

public sealed partial class SetReliabilityData
{
    /// <summary>
    /// The present/absent matrix of one category: a cell is "1" when the coder's set holds the
    /// category, "0" when it does not (including the empty set), missing when the cell is missing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The category index is out of range.</exception>
    public ReliabilityData ForCategory(int category)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(category);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(category, Categories.Count);
        var cells = new int[_cells.Length];
        for (var i = 0; i < _cells.Length; i++)
        {
            cells[i] = _cells[i] is { } set ? (Array.BinarySearch(set, category) >= 0 ? 1 : 0) : ReliabilityData.Missing;
        }

        return new ReliabilityData(UnitIds, Coders, ["0", "1"], cells, [0, 1]);
    }

    /// <summary>
    /// The matrix whose values are the distinct sets that occur, each labelled like <c>{a, b}</c>
    /// (<c>{}</c> for the empty set), with the sets themselves in value order.
    /// </summary>
    internal (ReliabilityData Data, IReadOnlyList<int[]> Sets) ToDistinctSets()
    {
        var sets = new List<int[]>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var cells = new int[_cells.Length];
        for (var i = 0; i < _cells.Length; i++)
        {
            if (_cells[i] is not { } set)
            {
                cells[i] = ReliabilityData.Missing;
                continue;
            }

            var label = "{" + string.Join(", ", set.Select(c => Categories[c])) + "}";
            if (!index.TryGetValue(label, out var code))
            {
                code = sets.Count;
                index[label] = code;
                sets.Add(set);
                labels.Add(label);
            }

            cells[i] = code;
        }

        return (new ReliabilityData(UnitIds, Coders, labels, cells, null), sets);
    }
}
