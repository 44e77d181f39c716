using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Coding;

/// <summary>Writes folded codings as long, wide or matrix CSV (the matrix is what agreement tools read).</summary>
public static class CodingsExporter
{
    /// <summary>Writes <paramref name="coders"/>' codings to <paramref name="output"/> as CSV.</summary>
    /// <param name="output">The destination stream (UTF-8, LF line ends; cells neutralised against formula injection, see <see cref="SpreadsheetSafe"/>).</param>
    /// <param name="coders">The coders to export.</param>
    /// <param name="format">Long (a <c>coder</c> column first when several coders), wide (one coder) or matrix (one dimension).</param>
    /// <param name="dimension">The dimension: required for matrix, a filter for long and wide.</param>
    /// <param name="dimensionOrder">Column order of dimensions for wide (codebook order); others follow by id.</param>
    /// <param name="corpus">Orders units as in the corpus, if given.</param>
    /// <param name="scaleDimensions">
    /// The ordinal and interval dimensions (from the codebook), on which <c>none</c> means missing. In the matrix
    /// format a missing value is an empty cell, as agreement tools read it: <c>uncoded</c> always, <c>none</c> on these.
    /// </param>
    /// <exception cref="InputException">Wide with several coders, matrix without a dimension, or a dimension neither in <paramref name="dimensionOrder"/> nor coded.</exception>
    public static void Write(Stream output, IReadOnlyList<CoderCodings> coders, CodingsFileFormat format, string? dimension = null, IReadOnlyList<string>? dimensionOrder = null, CorpusStore? corpus = null, IReadOnlySet<string>? scaleDimensions = null)
    {
        ArgumentNullException.ThrowIfNull(coders);
        bool Selected(string d) => dimension is null || string.Equals(d, dimension, StringComparison.Ordinal);
        (var keys, coders) = CodingJoin.Align(coders);
        var coded = Enumerable.Range(0, keys.DimensionCount).Where(d => coders.Any(c => c.Folded.HasDimension(d))).Select(keys.DimensionId);
        var known = (dimensionOrder ?? []).Concat(coded).Distinct(StringComparer.Ordinal).ToList();
        if (dimension is not null && !known.Contains(dimension, StringComparer.Ordinal))
        {
            // Without this a misspelt --dimension prints an empty table and exits 0.
            throw new InputException(CodingDiagnostics.UnknownExportDimension(dimension, known));
        }

        var selected = Enumerable.Range(0, keys.DimensionCount).Where(d => Selected(keys.DimensionId(d))).ToArray();
        var ordinals = UnitOrder.Sort(keys, Enumerable.Range(0, keys.UnitCount).Where(u => coders.Any(c => selected.Any(d => c.Folded.Slot(u, d) > 0))), corpus);
        var units = ordinals.Select(keys.UnitId).ToList();
        switch (format)
        {
            case CodingsFileFormat.Long:
                var withCoder = coders.Count > 1;
                string[] header = withCoder ? ["coder", "unit", "dimension", "value", "memo"] : ["unit", "dimension", "value", "memo"];
                CsvExport.Write(output, header, units.SelectMany(unit => coders.SelectMany(c => c.Of(unit)
                    .Where(p => Selected(p.Key))
                    .OrderBy(p => Position(dimensionOrder, p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => withCoder
                        ? new[] { c.Coder, unit, p.Key, Join(p.Value), p.Value.Memo }
                        : [unit, p.Key, Join(p.Value), p.Value.Memo]))));
                break;
            case CodingsFileFormat.Wide:
                if (coders.Count != 1)
                {
                    throw new InputException(CodingDiagnostics.WideNeedsOneCoder(coders.Count));
                }

                var dimensions = coders[0].Units.Values.SelectMany(d => d.Keys).Where(Selected).Distinct(StringComparer.Ordinal)
                    .OrderBy(d => Position(dimensionOrder, d)).ThenBy(d => d, StringComparer.Ordinal).ToList();
                CsvExport.Write(output, ["unit", .. dimensions], units.Select(unit => new[] { unit }
                    .Concat(dimensions.Select(d => coders[0].Get(unit, d) is { } v ? Join(v) : string.Empty)).ToArray()));
                break;
            default:
                if (dimension is null)
                {
                    throw new InputException(CodingDiagnostics.MatrixNeedsDimension());
                }

                var scale = scaleDimensions?.Contains(dimension) == true;
                var d = keys.FindDimension(dimension);
                CsvExport.Write(output, ["unit", .. coders.Select(c => c.Coder)], ordinals.Select(unit =>
                {
                    var row = new string[coders.Count + 1];
                    row[0] = keys.UnitId(unit);
                    for (var c = 0; c < coders.Count; c++)
                    {
                        var slot = coders[c].Folded.Slot(unit, d);
                        var values = slot > 0 ? coders[c].Folded.At(slot).Values : null;
                        row[c + 1] = values is not null && !ReservedValues.IsMissing(values, categorical: !scale) ? Join(values) : string.Empty;
                    }

                    return row;
                }));
                break;
        }
    }

    private static string Join(CodingValue value) => Join(value.Values);

    private static string Join(IReadOnlyList<string> values) => values.Count == 1 ? values[0] : string.Join(CodingJournal.ValueSeparator, values);

    private static int Position(IReadOnlyList<string>? order, string dimension)
    {
        var index = order?.ToList().IndexOf(dimension) ?? -1;
        return index < 0 ? int.MaxValue : index;
    }
}
