using System.Globalization;
using System.Text.Unicode;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Coding;

/// <summary>Reading and folding journals.</summary>
internal static partial class CodingJournal
{
    private static readonly CsvReaderOptions ReaderOptions = CsvTable.RecordOptions(poolStrings: true);

    // For peeking at a journal's first record: a damaged line there is the full read's to report, not this one's.
    private static readonly CsvReaderOptions FirstRecordOptions = new()
    {
        HasHeader = false,
        SkipEmptyLines = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    /// <summary>
    /// Reads and folds the journal at <paramref name="path"/>. A cut-off last line (no line end and not a valid
    /// record) is skipped with a warning; any other malformed line is an error. Diagnostics are returned in
    /// <see cref="CoderCodings.Diagnostics"/>, never thrown.
    /// </summary>
    /// <param name="path">The journal file.</param>
    /// <param name="coder">The coder the journal belongs to.</param>
    /// <param name="display">The file name used in messages.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static CoderCodings Fold(string path, string coder, string display, CancellationToken cancellationToken = default) =>
        Fold(path, coder, display, new CodingKeys(), cancellationToken);

    /// <inheritdoc cref="Fold(string, string, string, CancellationToken)"/>
    /// <param name="path">The journal file.</param>
    /// <param name="coder">The coder the journal belongs to.</param>
    /// <param name="display">The file name used in messages.</param>
    /// <param name="keys">The unit and dimension numbering shared with the other journals of the store.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static CoderCodings Fold(string path, string coder, string display, CodingKeys keys, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var folded = new FoldedCodings(keys);
        if (TryReadPlain(path, folded, cancellationToken, out var plainLines, out var plainWidth, out var plainTail))
        {
            FoldTail(plainTail, display, plainLines, plainWidth, folded, diagnostics, cancellationToken);
            return new CoderCodings(coder, display, folded, diagnostics);
        }

        // Anything the plain reader does not take (quotes, CR, NUL, invalid UTF-8, a damaged line) goes through the CSV reader.
        var bytes = File.ReadAllBytes(path);

        // NUL bytes are left to the line reader: a crash can leave a journal ending in them.
        if (Utf8Scan.Check(bytes, allowNul: true) is { Kind: Utf8ErrorKind.OtherEncoding } encoding)
        {
            return new CoderCodings(coder, display, keys, [CodingDiagnostics.JournalEncoding(encoding, display)]);
        }

        var complete = bytes.Length == 0 || bytes[^1] == (byte)'\n' ? bytes.Length : Array.LastIndexOf(bytes, (byte)'\n') + 1;
        var invalidLines = InvalidUtf8Lines(bytes.AsSpan(0, complete), display, diagnostics);
        folded = new FoldedCodings(keys);
        var lines = ReadLines(new ReadOnlyMemory<byte>(bytes, 0, complete), display, 0, folded, diagnostics, cancellationToken, out var width, invalidLines: invalidLines);
        FoldTail(bytes[complete..], display, lines, width, folded, diagnostics, cancellationToken);
        return new CoderCodings(coder, display, folded, invalidLines is null ? diagnostics : [.. diagnostics.OrderBy(d => d.Line)]);
    }

    // A last line without a line end: folded when it is a whole record, else reported as cut off (a crash mid-write).
    private static void FoldTail(byte[] tailBytes, string display, int lines, int width, FoldedCodings folded, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (tailBytes.Length == 0)
        {
            return;
        }

        // A crash can cut a line inside a multi-byte character, so invalid UTF-8 there is part of the cut.
        var tailDiagnostics = new List<Diagnostic>();
        var tail = new ReadOnlyMemory<byte>(tailBytes);
        if (Utf8.IsValid(tail.Span))
        {
            ReadLines(tail, display, lines, folded, tailDiagnostics, cancellationToken, out _, width);
        }

        if (tailDiagnostics.Count > 0 || !Utf8.IsValid(tail.Span))
        {
            diagnostics.Add(CodingDiagnostics.LastLineCutOff(lines + 1, display));
        }
    }

    /// <summary>
    /// The lines holding invalid UTF-8, each reported as an error with the offset of its first bad byte; null when
    /// the bytes are valid. Those lines are not loaded: decoding would silently turn the bytes into U+FFFD.
    /// </summary>
    private static HashSet<int>? InvalidUtf8Lines(ReadOnlySpan<byte> utf8, string display, List<Diagnostic> diagnostics)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }

        var lines = new HashSet<int>();
        var (line, lineStart) = (1, 0);
        while (lineStart < utf8.Length)
        {
            var end = utf8[lineStart..].IndexOf((byte)'\n');
            var text = end < 0 ? utf8[lineStart..] : utf8.Slice(lineStart, end);
            if (Utf8Scan.FirstInvalid(text) is { } invalid)
            {
                lines.Add(line);
                diagnostics.Add(CodingDiagnostics.JournalInvalidUtf8(lineStart + invalid.Offset, display, line));
            }

            (line, lineStart) = (line + 1, end < 0 ? utf8.Length : lineStart + end + 1);
        }

        return lines;
    }

    // The reader gives a record's first line; quoted line ends in its fields tell how far it reaches.
    private static bool TouchesAny(CsvReader reader, int line, HashSet<int> lines)
    {
        var last = line;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            last += reader.GetString(i).AsSpan().Count('\n');
        }

        return lines.Any(l => l >= line && l <= last);
    }

    // width: the header's number of columns (0 until the header is read), 9, or 10 with the provenance column.
    private static int ReadLines(ReadOnlyMemory<byte> utf8, string display, int firstLine, FoldedCodings into, List<Diagnostic> diagnostics, CancellationToken cancellationToken, out int width, int headerWidth = 0, HashSet<int>? invalidLines = null)
    {
        width = headerWidth;
        var lastLine = firstLine;
        try
        {
            using var reader = CsvReader.Create(utf8, ReaderOptions);
            while (reader.Read())
            {
                var line = firstLine + (int)reader.LineNumber;
                lastLine = line;
                if ((line & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (width == 0)
                {
                    width = HeaderWidth(reader);
                    if (width == 0)
                    {
                        diagnostics.Add(CodingDiagnostics.JournalWithoutHeader(Columns, display, line));
                        return lastLine;
                    }

                    continue;
                }

                if (invalidLines is not null && TouchesAny(reader, line, invalidLines))
                {
                    continue;
                }

                if (reader.FieldCount != width)
                {
                    diagnostics.Add(CodingDiagnostics.JournalFieldCount(reader.FieldCount, width, display, line));
                    continue;
                }

                Apply(reader, line, display, into, diagnostics);
            }

            // The reader counts the last line end; the line after it is the next one.
            return Math.Max(lastLine, firstLine + utf8.Span.Count((byte)'\n'));
        }
        catch (CsvFormatException e)
        {
            diagnostics.Add(IoDiagnostics.BadQuotes(CodingDiagnostics.MalformedJournal, e.Message, display, firstLine + (int)e.LineNumber));
            return firstLine + utf8.Span.Count((byte)'\n');
        }
    }

    // A damaged file can hold NUL bytes or other control characters; printed raw they garble the terminal.
    private static string Shown(string field) =>
        field.Any(char.IsControl) ? string.Concat(field.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) : field;

    // The number of columns of a valid header (the plain one or the one with provenance), 0 for anything else.
    private static int HeaderWidth(CsvReader reader)
    {
        if (reader.FieldCount != Columns.Count && reader.FieldCount != ProvenanceColumns.Count)
        {
            return 0;
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!string.Equals(reader.GetString(i), ProvenanceColumns[i], StringComparison.Ordinal))
            {
                return 0;
            }
        }

        return reader.FieldCount;
    }

    private static void Apply(CsvReader reader, int line, string display, FoldedCodings into, List<Diagnostic> diagnostics)
    {
        var memos = into.Memos;
        var unit = reader.GetString(2);
        var dimension = reader.GetString(3);
        var op = reader.GetString(8);
        if (!TryParseWrittenTime(reader.GetSpan(0), out var time))
        {
            // A hand-edited journal may hold another format; the general parsers decide, which costs more per line
            // than the rest of the line.
            var timeText = reader.GetString(0);
            if (!DateTimeOffset.TryParseExact(timeText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time)
                && !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
            {
                diagnostics.Add(CodingDiagnostics.JournalBadTime(Shown(timeText), display, line));
                return;
            }
        }

        if (unit.Length == 0 || dimension.Length == 0 || op is not ("set" or "clear" or "memo"))
        {
            diagnostics.Add(CodingDiagnostics.JournalBadOperation(Shown(op), op is "set" or "clear" or "memo", display, line));
            return;
        }

        if (op == "memo")
        {
            // A memo confirmed before its answer: the answer (a later set) carries it.
            memos[(unit, dimension)] = reader.GetString(5);
            return;
        }

        if (memos.Count > 0)
        {
            memos.Remove((unit, dimension));
        }

        var keys = into.Keys;
        if (op == "clear")
        {
            into.Clear(keys.Unit(unit), keys.Dimension(dimension));
            return;
        }

        into.Set(keys.Unit(unit), keys.Dimension(dimension), new FoldedCodings.Entry(
            keys.ValueSet(reader.GetString(4)),
            keys.Text(reader.GetString(5)),
            time.UtcTicks,
            keys.Text(reader.GetString(6)),
            keys.Text(reader.GetString(7)),
            line,
            reader.FieldCount > Columns.Count ? keys.Text(reader.GetString(Columns.Count)) : string.Empty));
    }

    /// <summary>
    /// Reads a time in exactly the format qcat writes (<c>2026-12-03T08:08:43.222Z</c>, UTC) digit by digit; false for
    /// anything else, including an impossible date, which the general parsers then judge.
    /// </summary>
    internal static bool TryParseWrittenTime(ReadOnlySpan<byte> utf8, out DateTimeOffset time)
    {
        time = default;
        if (utf8.Length != 24 || utf8[4] != '-' || utf8[7] != '-' || utf8[10] != 'T' || utf8[13] != ':' || utf8[16] != ':' || utf8[19] != '.' || utf8[23] != 'Z')
        {
            return false;
        }

        if (!Digits(utf8[..4], out var year) || !Digits(utf8.Slice(5, 2), out var month) || !Digits(utf8.Slice(8, 2), out var day)
            || !Digits(utf8.Slice(11, 2), out var hour) || !Digits(utf8.Slice(14, 2), out var minute) || !Digits(utf8.Slice(17, 2), out var second)
            || !Digits(utf8.Slice(20, 3), out var millisecond))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

}
