using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// Builds reliability data (units × coders) from folded codings, for the agreement coefficients.
/// Rows are the units coded on the dimension by at least one of the selected coders.
/// </summary>
internal static class CodingMatrixBuilder
{
    /// <summary>
    /// The matrix of a single, ordinal or interval dimension. Single: category ids (and <c>none</c>) in
    /// codebook order. Ordinal and interval: the level values as numeric labels; <c>none</c> counts as missing.
    /// </summary>
    /// <param name="dimension">The dimension (not multi; use <see cref="ForCategory"/>).</param>
    /// <param name="coders">The coders, one column each, in this order.</param>
    /// <param name="unitOrder">Orders the rows (e.g. the corpus's unit ids); rows not in it follow by id.</param>
    /// <exception cref="ArgumentException">The dimension is multi-valued.</exception>
    /// <exception cref="InputException">A coding holds several values on this dimension (a damaged journal; <c>qcat check</c> reports it).</exception>
    public static ReliabilityData ForDimension(Dimension dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string>? unitOrder = null)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(coders);
        if (dimension.Kind == DimensionKind.Multi)
        {
            throw new ArgumentException($"Dimension '{dimension.Id}' is multi-valued; build one matrix per category with ForCategory.", nameof(dimension));
        }

        var units = Units(dimension.Id, coders, unitOrder);
        var rows = units.Select(unit => (IReadOnlyList<string?>)[.. coders.Select(c => Label(dimension, c, unit))]).ToList();
        if (dimension.IsCategorical)
        {
            List<string> order = [.. dimension.AllCategories().Select(c => c.Id), ReservedValues.None];
            var extra = rows.SelectMany(r => r).Where(l => l is not null && !order.Contains(l)).Distinct().Order(StringComparer.Ordinal);
            return ReliabilityData.FromLabels(units, [.. coders.Select(c => c.Coder)], rows, [.. order, .. extra!]);
        }

        return ReliabilityData.FromLabels(units, [.. coders.Select(c => c.Coder)], rows);
    }

    /// <summary>
    /// A 0/1 matrix for one category of a single or multi dimension: 1 when the coder chose the category,
    /// 0 when the coder coded the dimension without it, missing when the coder did not code the unit or left it uncoded.
    /// </summary>
    /// <exception cref="ArgumentException">The category is not in the dimension.</exception>
    public static ReliabilityData ForCategory(Dimension dimension, string categoryId, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string>? unitOrder = null)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(coders);
        if (dimension.FindCategory(categoryId) is null)
        {
            throw new ArgumentException($"Category '{categoryId}' is not in dimension '{dimension.Id}'.", nameof(categoryId));
        }

        var units = Units(dimension.Id, coders, unitOrder);
        var rows = units.Select(unit => (IReadOnlyList<string?>)[.. coders.Select(c => c.Get(unit, dimension.Id) is { } v && !ReservedValues.IsMissing(v.Values, categorical: true)
            ? (v.Values.Contains(categoryId, StringComparer.Ordinal) ? "1" : "0")
            : null)]).ToList();
        return ReliabilityData.FromLabels(units, [.. coders.Select(c => c.Coder)], rows);
    }

    private static List<string> Units(string dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string>? unitOrder)
    {
        var coded = coders.SelectMany(c => c.Units.Where(u => u.Value.ContainsKey(dimension)).Select(u => u.Key)).ToHashSet(StringComparer.Ordinal);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; unitOrder is not null && i < unitOrder.Count; i++)
        {
            position.TryAdd(unitOrder[i], i);
        }

        return [.. coded.OrderBy(u => position.TryGetValue(u, out var p) ? p : int.MaxValue).ThenBy(u => u, StringComparer.Ordinal)];
    }

    private static string? Label(Dimension dimension, CoderCodings coder, string unit)
    {
        var value = coder.Get(unit, dimension.Id);
        if (value is null)
        {
            return null;
        }

        if (value.Values.Count != 1)
        {
            throw new InputException(CodingDiagnostics.SeveralValuesInJournal(value.Values.Count, unit, dimension, coder.JournalFile, value.Line));
        }

        var label = value.Values[0];
        if (ReservedValues.IsMissing(value.Values, dimension.IsCategorical))
        {
            return null;
        }

        if (dimension.IsCategorical)
        {
            return label;
        }

        // The one numeric rule: 3, 3.0 and 03 on a scale are one value (issue 14).
        return NumericValue.TryParse(label, out var number)
            ? NumericValue.Format(number)
            : throw new InputException(CodingDiagnostics.ValueNotANumber(label, unit, dimension.Id, coder.JournalFile, value.Line));
    }
}
