using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Coding;

/// <summary>
/// A coder's append-only journal, <c>data/codings/{coder}.csv</c>: one line per coding decision,
/// folded on reading so the last line per unit × dimension wins and <c>clear</c> removes.
/// </summary>
internal static partial class CodingJournal
{
    /// <summary>The journal's columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["time", "coder", "unit", "dimension", "values", "memo", "codebook_hash", "unit_hash", "op"];

    /// <summary>
    /// The columns of a reconciliation journal (<c>qcat reconcile</c>): <see cref="Columns"/> and a last
    /// <c>provenance</c> column saying how each value was decided. Readers accept both headers.
    /// </summary>
    public static readonly IReadOnlyList<string> ProvenanceColumns = [.. Columns, "provenance"];

    /// <summary>The separator of several values in one field.</summary>
    public const char ValueSeparator = ';';

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>
    /// Appends <paramref name="records"/> to the journal at <paramref name="path"/> (creating it with a header)
    /// and flushes them to disk before returning. A cut-off last line left by a crash is first moved to
    /// <c>{path}.partial</c> so the new lines start on a line of their own. A new journal gets the
    /// <c>provenance</c> column when a record carries provenance; an existing one keeps its header.
    /// </summary>
    /// <exception cref="InvalidOperationException">A record carries provenance and the journal has no provenance column.</exception>
    public static void Append(string path, IReadOnlyList<CodingRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = OpenForAppend(path);
        // One pass over the records to see whether any carries provenance (none when the list says so: an import's
        // records are made as they are read, so every pass makes them all again).
        var anyProvenance = records is not IWithoutProvenance && records.Any(r => r.Provenance.Length > 0);
        var withProvenance = stream.Length == 0 ? anyProvenance : HasProvenanceColumn(path);
        if (!withProvenance && anyProvenance)
        {
            throw new InvalidOperationException($"{path} has no provenance column; check with HasProvenanceColumn before appending reconciled values");
        }

        if (stream.Length == 0)
        {
            stream.Write(CsvTable.FormatHeader(withProvenance ? ProvenanceColumns : Columns));
        }

        // One writer for the whole batch (an import appends hundreds of thousands of lines), one flush to disk at the end.
        var times = new TimeText();
        CsvTable.WriteRecords(stream, records.Select(r => withProvenance ? [.. ToFields(r, times), r.Provenance] : ToFields(r, times)));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>A list of records none of which carries provenance, known without reading them.</summary>
    internal interface IWithoutProvenance;

    // Another qcat process appending to the same journal holds it for a few milliseconds: wait for it rather
    // than fail, and if it stays locked say so in a line instead of an internal error.
    private static FileStream OpenForAppend(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Nothing is written before the journal is open, so a retry cannot duplicate a line.
                SetAsideCutOffLine(path);
                return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            }
            catch (IOException) when (attempt < AppendAttempts && File.Exists(path))
            {
                Thread.Sleep(AppendRetryDelay);
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new InputException(CodingDiagnostics.JournalInUse(e.Message, path));
            }
        }
    }

    private const int AppendAttempts = 20;

    private static readonly TimeSpan AppendRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>The journal fields of a record.</summary>
    internal static string[] ToFields(CodingRecord record) => ToFields(record, null);

    private static string[] ToFields(CodingRecord record, TimeText? times) =>
    [
        times is null ? Format(record.Time) : times.Of(record.Time),
        record.Coder,
        record.Unit,
        record.Dimension,
        string.Join(ValueSeparator, record.Values),
        record.Memo,
        record.CodebookHash,
        record.UnitHash,
        record.Operation switch
        {
            CodingOperation.Clear => "clear",
            CodingOperation.Memo => "memo",
            _ => "set",
        },
    ];

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    // The records of one batch mostly share their time (an import stamps them all alike): formatted once.
    private sealed class TimeText
    {
        private (DateTimeOffset Time, string Text)? _last;

        public string Of(DateTimeOffset time)
        {
            if (_last is not { } last || last.Time != time)
            {
                last = (time, Format(time));
                _last = last;
            }

            return last.Text;
        }
    }

    /// <summary>Whether the journal at <paramref name="path"/> exists and its header has the <c>provenance</c> column (reads the first line only).</summary>
    public static bool HasProvenanceColumn(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var expected = CsvTable.FormatHeader(ProvenanceColumns);
        var first = new byte[expected.Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return stream.ReadAtLeast(first, first.Length, throwOnEndOfStream: false) == first.Length && first.AsSpan().SequenceEqual(expected);
    }

    /// <summary>
    /// The provenance of the first record of a journal that has the <c>provenance</c> column, or null when the
    /// journal does not exist, has no such column or no record yet. Reads the header and one record only.
    /// </summary>
    public static string? FirstProvenance(string path)
    {
        if (!HasProvenanceColumn(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = CsvReader.Create(stream, FirstRecordOptions);
        return reader.Read() && reader.Read() && reader.FieldCount == ProvenanceColumns.Count ? reader.GetString(Columns.Count) : null;
    }

    private static void SetAsideCutOffLine(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        // Only the last byte decides; reading the whole journal on every decision would make each
        // key of a long coding session slower than the one before.
        using (var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (probe.Length == 0)
            {
                return;
            }

            probe.Seek(-1, SeekOrigin.End);
            if (probe.ReadByte() == '\n')
            {
                return;
            }
        }

        var bytes = File.ReadAllBytes(path);
        var cut = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        // Byte for byte: the tail may end inside a multi-byte character, and decoding would alter it.
        using (var partial = new FileStream(path + ".partial", FileMode.Append, FileAccess.Write))
        {
            partial.Write(bytes, cut, bytes.Length - cut);
            partial.WriteByte((byte)'\n');
        }


        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(cut);
        stream.Flush(flushToDisk: true);
    }
}
