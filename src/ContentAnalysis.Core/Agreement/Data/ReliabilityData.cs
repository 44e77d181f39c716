using System.Globalization;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// A reliability data matrix (Krippendorff 2011): units × coders, each cell the code of a value or
/// <see cref="Missing"/>. Values are interned once; cells hold small integers so that every
/// coefficient runs over one flat array.
/// </summary>
public sealed class ReliabilityData
{
    /// <summary>The cell code of a missing value.</summary>
    public const int Missing = -1;

    private readonly int[] _cells;
    private UnitProfiles? _profiles;
    private bool _profilesBuilt;

    /// <summary>Creates a matrix from interned cells.</summary>
    /// <param name="unitIds">One id per unit (row).</param>
    /// <param name="coders">One name per coder (column).</param>
    /// <param name="values">The distinct values; a cell holds an index into this list. For ordinal data the list is in rank order.</param>
    /// <param name="cells">Unit-major cells: <c>cells[unit * coders.Count + coder]</c>, <see cref="Missing"/> for none.</param>
    /// <param name="numericValues">The numeric value of each entry of <paramref name="values"/>, or null when they are not all numbers.</param>
    /// <exception cref="ArgumentException">The sizes do not match or a cell is out of range.</exception>
    public ReliabilityData(
        IReadOnlyList<string> unitIds,
        IReadOnlyList<string> coders,
        IReadOnlyList<string> values,
        int[] cells,
        double[]? numericValues)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != (long)unitIds.Count * coders.Count)
        {
            throw new ArgumentException($"Expected {unitIds.Count} × {coders.Count} cells, got {cells.Length}.", nameof(cells));
        }

        if (numericValues is not null && numericValues.Length != values.Count)
        {
            throw new ArgumentException("One numeric value per value label is required.", nameof(numericValues));
        }

        foreach (var cell in cells)
        {
            if (cell < Missing || cell >= values.Count)
            {
                throw new ArgumentException($"Cell code {cell} is outside 0..{values.Count - 1}.", nameof(cells));
            }
        }

        UnitIds = unitIds;
        Coders = coders;
        Values = values;
        NumericValues = numericValues;
        _cells = cells;
    }

    /// <summary>Unit ids, one per row.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    /// <summary>Coder names, one per column.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>The distinct values (labels); cells index into this list.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The numeric value of each value label, or null when the labels are not all numbers.</summary>
    public IReadOnlyList<double>? NumericValues { get; }

    /// <summary>The number of units (rows).</summary>
    public int UnitCount => UnitIds.Count;

    /// <summary>The number of coders (columns).</summary>
    public int CoderCount => Coders.Count;

    /// <summary>The number of distinct values.</summary>
    public int ValueCount => Values.Count;

    /// <summary>All cells, unit-major.</summary>
    public ReadOnlySpan<int> Cells => _cells;

    /// <summary>The cell of one unit and coder: a value code or <see cref="Missing"/>.</summary>
    public int this[int unit, int coder] => _cells[(unit * CoderCount) + coder];

    /// <summary>The units grouped by value profile over all coders, built once on first use; null when grouping does not pay.</summary>
    internal UnitProfiles? Profiles
    {
        get
        {
            lock (_cells)
            {
                if (!_profilesBuilt)
                {
                    _profiles = UnitProfiles.TryBuild(this, [.. Enumerable.Range(0, CoderCount)]);
                    _profilesBuilt = true;
                }

                return _profiles;
            }
        }
    }

    /// <summary>The cells of one unit, one per coder.</summary>
    public ReadOnlySpan<int> Row(int unit) => _cells.AsSpan(unit * CoderCount, CoderCount);

    /// <summary>
    /// Builds a matrix from labelled rows (null or empty = missing). When every label parses as a
    /// number the values are ordered numerically; otherwise by <paramref name="valueOrder"/> if
    /// given, else ordinally by label.
    /// </summary>
    /// <exception cref="ArgumentException">A row has the wrong length or a label is missing from <paramref name="valueOrder"/>.</exception>
    public static ReliabilityData FromLabels(
        IReadOnlyList<string> unitIds,
        IReadOnlyList<string> coders,
        IReadOnlyList<IReadOnlyList<string?>> rows,
        IReadOnlyList<string>? valueOrder = null)
    {
        if (rows.Count != unitIds.Count)
        {
            throw new ArgumentException("One row per unit id is required.", nameof(rows));
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Count != coders.Count)
            {
                throw new ArgumentException($"Every row needs {coders.Count} cells.", nameof(rows));
            }

            foreach (var label in row)
            {
                if (!string.IsNullOrEmpty(label))
                {
                    distinct.Add(label);
                }
            }
        }

        // One numeric rule (NumericValue): when every label is a number, 3 and 3.0 are one value, printed canonically.
        var numeric = distinct.All(NumericValue.IsNumber);
        List<string> values;
        Dictionary<string, string>? canonical = null;
        if (numeric)
        {
            canonical = distinct.ToDictionary(l => l, NumericValue.Canonical, StringComparer.Ordinal);
            values = [.. canonical.Values.Distinct(StringComparer.Ordinal).OrderBy(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture))];
        }
        else if (valueOrder is not null)
        {
            var unknown = distinct.FirstOrDefault(l => !valueOrder.Contains(l));
            if (unknown is not null)
            {
                throw new ArgumentException($"Value '{unknown}' is not in the given value order.", nameof(valueOrder));
            }

            values = [.. valueOrder.Where(distinct.Contains)];
        }
        else
        {
            values = [.. distinct.Order(StringComparer.Ordinal)];
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            index[values[i]] = i;
        }

        foreach (var (label, text) in canonical ?? [])
        {
            index[label] = index[text];
        }

        var cells = new int[unitIds.Count * coders.Count];
        for (var u = 0; u < rows.Count; u++)
        {
            for (var c = 0; c < coders.Count; c++)
            {
                var label = rows[u][c];
                cells[(u * coders.Count) + c] = string.IsNullOrEmpty(label) ? Missing : index[label];
            }
        }

        var numbers = numeric
            ? values.Select(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray()
            : null;
        return new ReliabilityData(unitIds, coders, values, cells, numbers);
    }
}
