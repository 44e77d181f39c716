using System.Globalization;
using System.Text.Unicode;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Coding;

/// <summary>Reading span files.</summary>
public static partial class SpanFile
{
    private static readonly CsvReaderOptions ReaderOptions = CsvTable.RecordOptions(poolStrings: true);

    /// <summary>
    /// Reads the span file at <paramref name="path"/> (an absent file holds no spans). Every damaged row (invalid
    /// UTF-8, broken quoting, wrong number of fields, an empty field, a bad offset) is one diagnostic with file and
    /// line, and reading goes on after it; nothing is thrown for the file's content.
    /// </summary>
    /// <param name="path">The span file.</param>
    /// <param name="coder">The coder the file belongs to.</param>
    /// <param name="display">The file name used in messages (relative to the project).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static CodedSpans Read(string path, string coder, string display, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return new CodedSpans([coder], [], []);
        }

        var bytes = File.ReadAllBytes(path);
        if (Utf8Scan.Check(bytes, allowNul: true) is { Kind: Utf8ErrorKind.OtherEncoding } encoding)
        {
            return new CodedSpans([coder], [], [SpanDiagnostics.FileEncoding(encoding, display)]);
        }

        var diagnostics = new List<Diagnostic>();
        var spans = new List<CodedSpan>();
        var lineStarts = LineStarts(bytes);
        var invalidLines = InvalidUtf8Lines(bytes, lineStarts, display, diagnostics);
        var state = new ReadState(coder, display, spans, diagnostics, invalidLines);
        var firstLine = 0;
        while (firstLine < lineStarts.Count)
        {
            var from = lineStarts[firstLine];
            try
            {
                using var reader = CsvReader.Create(new ReadOnlyMemory<byte>(bytes, from, bytes.Length - from), ReaderOptions);
                while (reader.Read())
                {
                    var line = firstLine + (int)reader.LineNumber;
                    if ((line & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    state.Accept(reader, line);
                }

                break;
            }
            catch (CsvFormatException e)
            {
                // Report the record and go on from the line after it: one broken quote must not hide the rows below.
                var bad = Math.Max(firstLine + (int)e.LineNumber, firstLine + 1);
                diagnostics.Add(SpanDiagnostics.BadQuotes(e.Message, display, bad));
                state.HeaderSeen = true;
                firstLine = bad;
            }
        }

        return new CodedSpans([coder], spans, [.. diagnostics.OrderBy(d => d.Line)]);
    }

    // The byte offset where each line starts (index 0: line 1); a UTF-8 byte order mark is not part of line 1.
    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { bytes.AsSpan().StartsWith(Utf8Scan.Utf8Mark) ? Utf8Scan.Utf8Mark.Length : 0 };
        for (var i = starts[0]; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' && i + 1 < bytes.Length)
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // Lines with invalid UTF-8 are reported here and skipped by the reader: decoding would turn the bytes into U+FFFD.
    private static HashSet<int> InvalidUtf8Lines(byte[] bytes, List<int> lineStarts, string display, List<Diagnostic> diagnostics)
    {
        var lines = new HashSet<int>();
        if (Utf8.IsValid(bytes))
        {
            return lines;
        }

        for (var i = 0; i < lineStarts.Count; i++)
        {
            var end = i + 1 < lineStarts.Count ? lineStarts[i + 1] : bytes.Length;
            if (Utf8Scan.FirstInvalid(bytes.AsSpan(lineStarts[i], end - lineStarts[i])) is { } invalid)
            {
                lines.Add(i + 1);
                diagnostics.Add(SpanDiagnostics.InvalidUtf8(lineStarts[i] + invalid.Offset, display, i + 1));
            }
        }

        return lines;
    }

    private sealed class ReadState(string coder, string display, List<CodedSpan> spans, List<Diagnostic> diagnostics, HashSet<int> invalidLines)
    {
        public bool HeaderSeen { get; set; }

        public void Accept(CsvReader reader, int line)
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            // A quoted field can hold line ends: the record reaches over them.
            var last = line + fields.Sum(f => f.AsSpan().Count('\n'));
            if (invalidLines.Count > 0 && invalidLines.Any(l => l >= line && l <= last))
            {
                HeaderSeen = true;
                return;
            }

            if (!HeaderSeen)
            {
                HeaderSeen = true;
                if (fields.SequenceEqual(Columns, StringComparer.Ordinal))
                {
                    return;
                }

                // Without a header the first line is most likely a span: it is read (and reported) as one.
                diagnostics.Add(SpanDiagnostics.WithoutHeader(Columns, display, line));
            }

            if (Parse(fields, line) is { } span)
            {
                spans.Add(span);
            }
        }

        private CodedSpan? Parse(string[] fields, int line)
        {
            if (fields.Length != Columns.Count)
            {
                diagnostics.Add(SpanDiagnostics.FieldCount(fields.Length, Columns.Count, display, line));
                return null;
            }

            foreach (var column in (int[])[0, 3, 4])
            {
                if (fields[column].Length == 0)
                {
                    diagnostics.Add(SpanDiagnostics.EmptyField(Columns[column], display, line));
                    return null;
                }
            }

            if (!long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                diagnostics.Add(SpanDiagnostics.NotAnOffset("start", fields[1], display, line));
                return null;
            }

            if (!long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                diagnostics.Add(SpanDiagnostics.NotAnOffset("end", fields[2], display, line));
                return null;
            }

            if (end <= start)
            {
                diagnostics.Add(SpanDiagnostics.EndNotAfterStart(start, end, display, line));
                return null;
            }

            return new CodedSpan(coder, fields[0], start, end, fields[3], fields[4], fields[5].Length == 0 ? null : fields[5]) { Line = line };
        }
    }
}
