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
    public static ReliabilityData ForDimension(Dimension dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string>? unitOrder = null) =>
        ForDimension(dimension, coders, unitOrder, null);

    /// <inheritdoc cref="ForDimension(Dimension, IReadOnlyList{CoderCodings}, IReadOnlyList{string})"/>
    /// <param name="dimension">The dimension (not multi; use <see cref="ForCategory"/>).</param>
    /// <param name="coders">The coders, one column each, in this order.</param>
    /// <param name="unitOrder">Orders the rows (e.g. the corpus's unit ids); rows not in it follow by id.</param>
    /// <param name="units">Only these units (null: every coded unit).</param>
    public static ReliabilityData ForDimension(Dimension dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string>? unitOrder, IReadOnlySet<string>? units)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(coders);
        if (dimension.Kind == DimensionKind.Multi)
        {
            throw new ArgumentException($"Dimension '{dimension.Id}' is multi-valued; build one matrix per category with ForCategory.", nameof(dimension));
        }

        (var keys, coders) = CodingJoin.Align(coders);
        var d = keys.FindDimension(dimension.Id);
        var ordinals = Units(keys, d, coders, unitOrder, CodingJoin.Filter(keys, units));

        // One label per distinct value set (the journals share their arrays), so a scale's numbers are parsed once each.
        var labels = new Dictionary<string[], string?>(ReferenceEqualityComparer.Instance);
        var rows = new IReadOnlyList<string?>[ordinals.Length];
        for (var i = 0; i < ordinals.Length; i++)
        {
            var row = new string?[coders.Count];
            for (var c = 0; c < coders.Count; c++)
            {
                var folded = coders[c].Folded;
                var slot = folded.Slot(ordinals[i], d);
                if (slot == 0)
                {
                    continue;
                }

                ref readonly var entry = ref folded.At(slot);
                if (!labels.TryGetValue(entry.Values, out var label))
                {
                    label = Label(dimension, coders[c], keys.UnitId(ordinals[i]), entry);
                    labels.Add(entry.Values, label);
                }

                row[c] = label;
            }

            rows[i] = row;
        }

        var unitIds = ordinals.Select(keys.UnitId).ToList();
        if (dimension.IsCategorical)
        {
            List<string> order = [.. dimension.AllCategories().Select(c => c.Id), ReservedValues.None];
            var extra = labels.Values.Where(l => l is not null && !order.Contains(l)).Distinct().Order(StringComparer.Ordinal);
            return ReliabilityData.FromLabels(unitIds, [.. coders.Select(c => c.Coder)], rows, [.. order, .. extra!]);
        }

        return ReliabilityData.FromLabels(unitIds, [.. coders.Select(c => c.Coder)], rows);
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

        (var keys, coders) = CodingJoin.Align(coders);
        var d = keys.FindDimension(dimension.Id);
        var ordinals = Units(keys, d, coders, unitOrder, null);
        var rows = ordinals.Select(unit => (IReadOnlyList<string?>)[.. coders.Select(c => c.Folded.Slot(unit, d) is > 0 and var slot && c.Folded.At(slot).Values is var values && !ReservedValues.IsMissing(values, categorical: true)
            ? (values.Contains(categoryId, StringComparer.Ordinal) ? "1" : "0")
            : null)]).ToList();
        return ReliabilityData.FromLabels([.. ordinals.Select(keys.UnitId)], [.. coders.Select(c => c.Coder)], rows);
    }

    // The ordinals of the units some coder coded on the dimension, in unitOrder's order, the others by id.
    private static int[] Units(CodingKeys keys, int dimension, IReadOnlyList<CoderCodings> coders, IReadOnlyList<string>? unitOrder, bool[]? filter)
    {
        var coded = new List<int>();
        for (var u = 0; dimension >= 0 && u < keys.UnitCount; u++)
        {
            if (CodingJoin.Passes(filter, u) && CodedByAny(coders, u, dimension))
            {
                coded.Add(u);
            }
        }

        var ordinals = coded.ToArray();
        if (unitOrder is null)
        {
            var ranks = keys.IdRanks();
            var order = Array.ConvertAll(ordinals, u => ranks[u]);
            Array.Sort(order, ordinals);
            return ordinals;
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < unitOrder.Count; i++)
        {
            position.TryAdd(unitOrder[i], i);
        }

        return [.. ordinals.OrderBy(u => position.TryGetValue(keys.UnitId(u), out var p) ? p : int.MaxValue).ThenBy(keys.UnitId, StringComparer.Ordinal)];
    }

    private static bool CodedByAny(IReadOnlyList<CoderCodings> coders, int unit, int dimension)
    {
        for (var c = 0; c < coders.Count; c++)
        {
            if (coders[c].Folded.Slot(unit, dimension) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Label(Dimension dimension, CoderCodings coder, string unit, in FoldedCodings.Entry value)
    {
        if (value.Values.Length != 1)
        {
            throw new InputException(CodingDiagnostics.SeveralValuesInJournal(value.Values.Length, unit, dimension, coder.JournalFile, value.Line));
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
