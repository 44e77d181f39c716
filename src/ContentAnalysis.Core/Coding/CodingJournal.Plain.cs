using System.Text;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Coding;

/// <summary>The journal reader for what qcat itself writes: lines split at commas, fields looked up without a string each.</summary>
internal static partial class CodingJournal
{
    private static readonly byte[] PlainHeader = CsvTable.FormatHeader(Columns);
    private static readonly byte[] PlainProvenanceHeader = CsvTable.FormatHeader(ProvenanceColumns);

    /// <summary>
    /// Folds complete lines (<paramref name="utf8"/> ends with a line end or is empty) when the journal is plain: the exact header,
    /// no quotes, carriage returns or NUL bytes, and every line a valid one (its field count, a time as qcat writes it, an
    /// operation, a unit and a dimension). False at the first thing it does not take, with <paramref name="into"/> half filled:
    /// the caller then reads the journal again with the CSV reader, which reports every damaged line with its number.
    /// Empty lines are skipped, as the CSV reader skips them.
    /// </summary>
    /// <returns>Whether the journal was folded; <paramref name="lines"/> is the number of lines, <paramref name="width"/> the header's columns.</returns>
    internal static bool TryReadPlain(ReadOnlySpan<byte> utf8, FoldedCodings into, CancellationToken cancellationToken, out int lines, out int width)
    {
        lines = 0;
        width = 0;
        if (ForceCsvReader || utf8.IndexOfAny((byte)'"', (byte)'\r', (byte)0) >= 0)
        {
            return false;
        }

        if (utf8.StartsWith(PlainProvenanceHeader))
        {
            width = ProvenanceColumns.Count;
            utf8 = utf8[PlainProvenanceHeader.Length..];
        }
        else if (utf8.StartsWith(PlainHeader))
        {
            width = Columns.Count;
            utf8 = utf8[PlainHeader.Length..];
        }
        else
        {
            return utf8.IsEmpty;
        }

        var keys = into.Keys;
        var memos = into.Memos;
        Span<Range> fields = stackalloc Range[ProvenanceColumns.Count + 1];
        Span<char> buffer = stackalloc char[256];
        var line = 1;
        while (!utf8.IsEmpty)
        {
            line++;
            var end = utf8.IndexOf((byte)'\n');
            var text = utf8[..end];
            utf8 = utf8[(end + 1)..];
            if ((line & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (text.IsEmpty)
            {
                continue;
            }

            if (SplitFields(text, fields) != width || !TryParseWrittenTime(text[fields[0]], out var time))
            {
                return false;
            }

            var unit = text[fields[2]];
            var dimension = text[fields[3]];
            var op = text[fields[8]];
            if (unit.IsEmpty || dimension.IsEmpty)
            {
                return false;
            }

            var isSet = op.SequenceEqual("set"u8);
            var isClear = !isSet && op.SequenceEqual("clear"u8);
            if (!isSet && !isClear && !op.SequenceEqual("memo"u8))
            {
                return false;
            }

            var u = keys.Unit(Decode(unit, buffer));
            var d = keys.Dimension(DimensionText(keys, dimension, buffer));
            if (!isSet && !isClear)
            {
                // A memo confirmed before its answer: the answer (a later set) carries it.
                memos[(keys.UnitId(u), keys.DimensionId(d))] = Encoding.UTF8.GetString(text[fields[5]]);
                continue;
            }

            if (memos.Count > 0)
            {
                memos.Remove((keys.UnitId(u), keys.DimensionId(d)));
            }

            if (isClear)
            {
                into.Clear(u, d);
                continue;
            }

            into.Set(u, d, new FoldedCodings.Entry(
                keys.ValueSet(Decode(text[fields[4]], buffer)),
                keys.Text(Decode(text[fields[5]], buffer)),
                time.UtcTicks,
                keys.Text(Decode(text[fields[6]], buffer)),
                keys.Text(Decode(text[fields[7]], buffer)),
                line,
                width > Columns.Count ? keys.Text(Decode(text[fields[Columns.Count]], buffer)) : string.Empty));
        }

        lines = line;
        return true;
    }

    /// <summary>For tests: always read journals with the CSV reader, to compare it with the plain one.</summary>
    internal static bool ForceCsvReader { get; set; }

    // The few dimension ids of a journal: compared as text, without the dictionary.
    private static string DimensionText(CodingKeys keys, ReadOnlySpan<byte> utf8, Span<char> buffer)
    {
        var text = Decode(utf8, buffer);
        for (var d = 0; d < keys.DimensionCount; d++)
        {
            if (text.SequenceEqual(keys.DimensionId(d)))
            {
                return keys.DimensionId(d);
            }
        }

        return text.ToString();
    }

    // The fields of a line, at most fields.Length of them; a line with more returns fields.Length.
    private static int SplitFields(ReadOnlySpan<byte> text, Span<Range> fields)
    {
        var (count, start) = (0, 0);
        while (count < fields.Length)
        {
            var comma = text[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                fields[count++] = new Range(start, text.Length);
                return count;
            }

            fields[count++] = new Range(start, start + comma);
            start += comma + 1;
        }

        return count;
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8, Span<char> buffer) =>
        utf8.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)] : Encoding.UTF8.GetString(utf8);
}
