namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Reliability data for a multi-valued dimension: units × coders, each cell the set of category
/// codes a coder assigned to a unit. An empty set (the coder found no category applies) is a
/// value and is distinct from a missing cell (the coder did not code the unit).
/// </summary>
public sealed partial class SetReliabilityData
{
    private readonly int[]?[] _cells;

    /// <summary>Creates the matrix.</summary>
    /// <param name="unitIds">One id per unit (row).</param>
    /// <param name="coders">One name per coder (column).</param>
    /// <param name="categories">The category labels; set members index into this list.</param>
    /// <param name="cells">Unit-major cells <c>cells[unit * coders.Count + coder]</c>: a set of category indexes, or null when missing.</param>
    /// <exception cref="ArgumentException">The sizes do not match or a category index is out of range.</exception>
    public SetReliabilityData(
        IReadOnlyList<string> unitIds,
        IReadOnlyList<string> coders,
        IReadOnlyList<string> categories,
        IReadOnlyList<IReadOnlyCollection<int>?> cells)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(coders);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != (long)unitIds.Count * coders.Count)
        {
            throw new ArgumentException($"Expected {unitIds.Count} × {coders.Count} cells, got {cells.Count}.", nameof(cells));
        }

        _cells = new int[]?[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not { } set)
            {
                continue;
            }

            var sorted = set.Distinct().Order().ToArray();
            if (sorted.Length > 0 && (sorted[0] < 0 || sorted[^1] >= categories.Count))
            {
                throw new ArgumentException($"A category index in cell {i} is outside 0..{categories.Count - 1}.", nameof(cells));
            }

            _cells[i] = sorted;
        }

        UnitIds = unitIds;
        Coders = coders;
        Categories = categories;
    }

    /// <summary>Unit ids, one per row.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    /// <summary>Coder names, one per column.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>The category labels.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The number of units (rows).</summary>
    public int UnitCount => UnitIds.Count;

    /// <summary>The number of coders (columns).</summary>
    public int CoderCount => Coders.Count;

    /// <summary>The set of one unit and coder as sorted category indexes, or null when missing.</summary>
    public IReadOnlyList<int>? this[int unit, int coder] => _cells[(unit * CoderCount) + coder];

    /// <summary>Builds the matrix from category labels (null cell = missing, empty collection = no category).</summary>
    /// <param name="unitIds">One id per unit.</param>
    /// <param name="coders">One name per coder.</param>
    /// <param name="rows">One row per unit, one cell per coder.</param>
    /// <param name="categories">All categories in codebook order, or null to use the labels that occur, sorted.</param>
    /// <exception cref="ArgumentException">A row has the wrong length or a label is not among <paramref name="categories"/>.</exception>
    public static SetReliabilityData FromLabels(
        IReadOnlyList<string> unitIds,
        IReadOnlyList<string> coders,
        IReadOnlyList<IReadOnlyList<IReadOnlyCollection<string>?>> rows,
        IReadOnlyList<string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count != unitIds.Count || rows.Any(r => r.Count != coders.Count))
        {
            throw new ArgumentException($"Every one of the {unitIds.Count} rows needs {coders.Count} cells.", nameof(rows));
        }

        categories ??= [.. rows.SelectMany(r => r).Where(c => c is not null).SelectMany(c => c!).Distinct().Order(StringComparer.Ordinal)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            index[categories[i]] = i;
        }

        var cells = new List<IReadOnlyCollection<int>?>(rows.Count * coders.Count);
        foreach (var cell in rows.SelectMany(r => r))
        {
            if (cell is null)
            {
                cells.Add(null);
                continue;
            }

            var unknown = cell.FirstOrDefault(l => !index.ContainsKey(l));
            if (unknown is not null)
            {
                throw new ArgumentException($"Category '{unknown}' is not in the category list.", nameof(categories));
            }

            cells.Add([.. cell.Select(l => index[l])]);
        }

        return new SetReliabilityData(unitIds, coders, categories, cells);
    }
}
