using ContentAnalysis.Core.Diagnostics;
using CsvHelper;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// The unit-per-row layout read straight from the CSV reader into the cell array: no row of strings is
/// kept, cells are interned from their UTF-8 bytes, and unit ids are stored compactly. The checks and
/// messages are those of the whole-table reader used for <see cref="FromCoderRows"/>; a malformed CSV line still wins over every other error.
/// </summary>
internal static partial class MatrixBuilder
{
    /// <summary>
    /// Reads the rows; null when the cells were being read as numbers (<see cref="NumericCells"/>) and a label turned
    /// up, so the caller reads again with <paramref name="numbersAllowed"/> false (labels then compare as text).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ReliabilityMatrixFile? ReadUnitRows(CsvReader reader, int lineCapacity, long byteCount, ReliabilityMatrixReadOptions options, string file, bool numbersAllowed, CancellationToken cancellationToken)
    {
        if (!reader.Read())
        {
            throw new InputException(AgreementDiagnostics.EmptyMatrix(file, transposed: false));
        }

        var header = new string[reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = reader.GetString(i);
        }

        var headerLine = (int)reader.LineNumber;
        var hasUnitColumn = header.Length > 0 && ReliabilityMatrixReadOptions.IsUnitColumnName(header[0]);
        var firstCoder = hasUnitColumn ? 1 : 0;
        List<string> coders;
        try
        {
            coders = CheckNames(header, firstCoder, headerLine, file, "coder");
        }
        catch (InputException)
        {
            // The whole-table reader saw a malformed line before judging the header; keep that order.
            while (reader.Read())
            {
            }

            throw;
        }

        var width = coders.Count;
        var capacity = Math.Max(lineCapacity - 1, 1);
        var cells = new int[checked(capacity * width)];
        var ids = hasUnitColumn ? CompactUnitIds.Stored(capacity, byteCount) : CompactUnitIds.RowNumbers();
        // The line of each unit, for "first at line N" when an id repeats.
        var lines = hasUnitColumn ? new int[capacity] : [];
        var duplicates = hasUnitColumn ? new DuplicateFinder(ids) : null;
        var bag = new DiagnosticBag();
        var interner = new ValueInterner();
        NumericCells? numbers = null;
        var rows = 0;
        while (reader.Read())
        {
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Past the error limit the rest is only scanned for malformed CSV.
            if (bag.Count >= MaxErrors)
            {
                continue;
            }

            var line = reader.LineNumber;
            if (reader.FieldCount != header.Length)
            {
                bag.Add(AgreementDiagnostics.RowLength(reader.FieldCount, header.Length, transposed: false, file, (int)line));
                ids.Add(default);
                continue;
            }

            var unit = ids.Add(hasUnitColumn ? Cell(reader, 0) : default);
            while (unit >= capacity)
            {
                capacity *= 2;
                Array.Resize(ref cells, checked(capacity * width));
                Array.Resize(ref lines, hasUnitColumn ? capacity : 0);
                numbers?.Resize(cells.Length);
            }

            if (duplicates is not null)
            {
                lines[unit] = (int)line;
                if (duplicates.FirstOf(unit) is { } first)
                {
                    bag.Add(AgreementDiagnostics.UnitRowTwice(ids[unit], lines[first], file, (int)line));
                }
            }

            var offset = unit * width;
            if (numbers is not null)
            {
                for (var c = 0; c < width; c++)
                {
                    if (!numbers.TrySet(offset + c, Cell(reader, firstCoder + c)))
                    {
                        return null;
                    }
                }

                continue;
            }

            for (var c = 0; c < width; c++)
            {
                cells[offset + c] = interner.Intern(Cell(reader, firstCoder + c), line);
            }

            // A continuous scale: past many distinct labels, all numbers, the cells are read as numbers.
            if (numbersAllowed && interner.Labels.Count > NumericCells.SwitchAfterLabels && !bag.HasErrors)
            {
                numbers = NumericCells.From(interner, cells, offset + width);
                numbersAllowed = false;
            }
        }

        if (rows == 0)
        {
            throw new InputException(AgreementDiagnostics.NoUnitRows(file, headerLine));
        }

        if (!bag.HasErrors && ids.Count * width != cells.Length)
        {
            Array.Resize(ref cells, ids.Count * width);
        }

        ids.Trim();
        if (numbers is not null && !bag.HasErrors)
        {
            var values = numbers.Encode(cells);
            var data = new ReliabilityData(ids, coders, NumericCells.Labels(values), cells, values);
            return new ReliabilityMatrixFile(data, hasUnitColumn ? header[0] : null, []);
        }

        return Finish(bag, interner, ids, coders, cells, options, file) with { UnitColumn = hasUnitColumn ? header[0] : null };
    }

    /// <summary>
    /// The value of field <paramref name="index"/> as <see cref="CsvReader.GetSpan(int)"/> gives it with whitespace
    /// trimmed. A field without a quote is its raw bytes less the spaces and tabs around them, which is what decoding
    /// gives; taking that directly skips CsvHelper's decoding, most of the time spent reading a large matrix.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<byte> Cell(CsvReader reader, int index)
    {
        var raw = reader.GetRawSpan(index);
        return raw.Contains((byte)'"') ? reader.GetSpan(index) : raw.Trim(" \t"u8);
    }

    /// <summary>Whether unit id <paramref name="a"/> comes before <paramref name="b"/>: shorter ids first, then bytewise, so "u9" comes before "u10" and numbered ids count as ascending.</summary>
    internal static bool IdBefore(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.Length < b.Length || (a.Length == b.Length && a.SequenceCompareTo(b) < 0);

    /// <summary>
    /// Finds repeated unit ids. Ids usually come in ascending order (u1, u2, …, u10 or zero-padded), and
    /// strictly ascending ids are distinct, so while that holds each id is only compared with the one
    /// before it; the first id out of order moves every id seen so far into a hash set.
    /// </summary>
    private sealed class DuplicateFinder(CompactUnitIds ids)
    {
        private readonly List<int> _ascending = [];
        private int _counted;
        private HashSet<int>? _seen;

        /// <summary>The index of an earlier unit with the same id as <paramref name="unit"/>, or null.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public int? FirstOf(int unit)
        {
            if (_seen is null)
            {
                // Counted ids (u1, u2, …) are ascending without a look at their bytes; a row with an error stops the count,
                // so the units counted are the first ones, and they join the list when the count stops.
                if (ids.Counting)
                {
                    _counted = unit + 1;
                    return null;
                }

                for (; _counted > 0; _counted--)
                {
                    _ascending.Add(_ascending.Count);
                }

                if (_ascending.Count == 0 || IdBefore(ids.Span(_ascending[^1]), ids.Span(unit)))
                {
                    _ascending.Add(unit);
                    return null;
                }

                _seen = new HashSet<int>(_ascending, new CompactUnitIds.ByteComparer(ids));
                _ascending.Clear();
            }

            return _seen.Add(unit) || !_seen.TryGetValue(unit, out var first) ? null : first;
        }
    }
}
