using System.Text;
using System.Text.Unicode;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Coding;

/// <summary>The journal reader for what qcat itself writes: lines split at commas, fields looked up without a string each.</summary>
internal static partial class CodingJournal
{
    private static readonly byte[] PlainHeader = CsvTable.FormatHeader(Columns);
    private static readonly byte[] PlainProvenanceHeader = CsvTable.FormatHeader(ProvenanceColumns);

    private const int ChunkSize = 1 << 20;

    /// <summary>
    /// Folds the journal at <paramref name="path"/> streamed in chunks when it is plain: the exact header, valid UTF-8, no
    /// quotes, carriage returns or NUL bytes, and every line a valid one (its field count, a time as qcat writes it, an
    /// operation, a unit and a dimension). False at the first thing it does not take, with <paramref name="into"/> half filled:
    /// the caller then reads the journal with the CSV reader, which reports every damaged line with its number. Empty lines
    /// are skipped, as the CSV reader skips them. A last line without a line end is left in <paramref name="tail"/>.
    /// </summary>
    /// <returns>Whether the journal was folded; <paramref name="lines"/> is the number of complete lines, <paramref name="width"/> the header's columns.</returns>
    internal static bool TryReadPlain(string path, FoldedCodings into, CancellationToken cancellationToken, out int lines, out int width, out byte[] tail)
    {
        (lines, width, tail) = (0, 0, []);
        if (ForceCsvReader)
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(ChunkSize, Math.Max(stream.Length, 1)));
        try
        {
            var plain = new PlainFold(into);
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // A line longer than the buffer.
                    var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    if (plain.Line == 0 && filled > 0)
                    {
                        // No complete line at all: whatever it is (another encoding, say), the CSV reader's checks decide.
                        return false;
                    }

                    tail = buffer.AsSpan(0, filled).ToArray();
                    (lines, width) = (plain.Line, plain.Width);
                    return true;
                }

                filled += read;
                var complete = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (complete == 0)
                {
                    continue;
                }

                if (plain.Line == 0)
                {
                    // The average line of the first chunk tells how many codings the whole journal holds, about.
                    var firstLines = buffer.AsSpan(0, complete).Count((byte)'\n');
                    into.EnsureCapacity((int)Math.Min(int.MaxValue / 2, (stream.Length / Math.Max(1, complete / firstLines)) + 16));
                }

                if (!plain.Read(buffer.AsSpan(0, complete), cancellationToken))
                {
                    return false;
                }

                buffer.AsSpan(complete, filled - complete).CopyTo(buffer);
                filled -= complete;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>For tests, on the current thread: always read journals with the CSV reader, to compare it with the plain one.</summary>
    internal static bool ForceCsvReader
    {
        get => _forceCsvReader;
        set => _forceCsvReader = value;
    }

    [ThreadStatic]
    private static bool _forceCsvReader;

    // The state of a plain fold across chunks of complete lines.
    private sealed class PlainFold(FoldedCodings into)
    {
        private readonly byte[] _lastDate = new byte[10];
        private long _dayTicks = -1;
        private string _codebookHash = string.Empty;
        private int _lastUnit = -1;

        public int Line { get; private set; }

        public int Width { get; private set; }

        public bool Read(ReadOnlySpan<byte> utf8, CancellationToken cancellationToken)
        {
            if (utf8.IndexOfAny((byte)'"', (byte)'\r', (byte)0) >= 0 || !Utf8.IsValid(utf8))
            {
                return false;
            }

            if (Line == 0)
            {
                if (utf8.StartsWith(PlainProvenanceHeader))
                {
                    Width = ProvenanceColumns.Count;
                    utf8 = utf8[PlainProvenanceHeader.Length..];
                }
                else if (utf8.StartsWith(PlainHeader))
                {
                    Width = Columns.Count;
                    utf8 = utf8[PlainHeader.Length..];
                }
                else
                {
                    return false;
                }

                Line = 1;
            }

            var keys = into.Keys;
            var memos = into.Memos;
            Span<Range> fields = stackalloc Range[ProvenanceColumns.Count + 1];
            Span<char> buffer = stackalloc char[256];
            while (!utf8.IsEmpty)
            {
                var line = ++Line;
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

                if (SplitFields(text, fields) != Width || !TryParseWrittenTicks(text[fields[0]], _lastDate, ref _dayTicks, out var ticks))
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

                // A unit's lines mostly follow each other (one per dimension): the previous one is compared first.
                var unitText = Decode(unit, buffer);
                var u = _lastUnit >= 0 && unitText.SequenceEqual(keys.UnitId(_lastUnit)) ? _lastUnit : keys.Unit(unitText);
                _lastUnit = u;
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

                var hash = Decode(text[fields[6]], buffer);
                _codebookHash = hash.SequenceEqual(_codebookHash) ? _codebookHash : keys.Text(hash);
                into.Set(u, d, new FoldedCodings.Entry(
                    keys.ValueSet(Decode(text[fields[4]], buffer)),
                    keys.Text(Decode(text[fields[5]], buffer)),
                    ticks,
                    _codebookHash,
                    keys.UnitHash(u, Decode(text[fields[7]], buffer)),
                    line,
                    Width > Columns.Count ? keys.Text(Decode(text[fields[Columns.Count]], buffer)) : string.Empty));
            }

            return true;
        }
    }

    // A journal's lines mostly share their date: when it repeats the previous line's, only the time of day is read.
    // dayTicks is -1 until a date is known; anything unusual goes to TryParseWrittenTime, which decides.
    private static bool TryParseWrittenTicks(ReadOnlySpan<byte> utf8, Span<byte> lastDate, ref long dayTicks, out long ticks)
    {
        if (dayTicks >= 0 && utf8.Length == 24 && utf8[..10].SequenceEqual(lastDate) && utf8[10] == 'T' && utf8[13] == ':' && utf8[16] == ':' && utf8[19] == '.' && utf8[23] == 'Z'
            && Digits(utf8.Slice(11, 2), out var hour) && Digits(utf8.Slice(14, 2), out var minute) && Digits(utf8.Slice(17, 2), out var second)
            && Digits(utf8.Slice(20, 3), out var millisecond) && hour <= 23 && minute <= 59 && second <= 59)
        {
            ticks = dayTicks + (((((hour * 60L) + minute) * 60) + second) * TimeSpan.TicksPerSecond) + (millisecond * TimeSpan.TicksPerMillisecond);
            return true;
        }

        if (!TryParseWrittenTime(utf8, out var time))
        {
            ticks = 0;
            return false;
        }

        utf8[..10].CopyTo(lastDate);
        dayTicks = time.UtcDateTime.Date.Ticks;
        ticks = time.UtcTicks;
        return true;
    }

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
