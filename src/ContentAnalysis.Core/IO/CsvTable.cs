using System.Text;
using ContentAnalysis.Core.Diagnostics;
using CsvHelper;

namespace ContentAnalysis.Core.IO;

/// <summary>Reads and writes the project's small CSV tables through CsvHelper; writes are atomic.</summary>
internal static class CsvTable
{
    private static readonly CsvWriterOptions WriterOptions = new() { NewLine = "\n" };

    /// <summary>
    /// How every project CSV is read: no header row (each reader checks its own), line numbers for messages, blank
    /// lines skipped, field counts left to the reader to report, and malformed quoting an error.
    /// </summary>
    public static CsvReaderOptions RecordOptions(bool? trimWhitespace = null, bool poolStrings = false, char? commentPrefix = null) => new()
    {
        HasHeader = false,
        TrackLineNumbers = true,
        PoolStrings = poolStrings,
        SkipEmptyLines = true,
        TrimWhitespace = trimWhitespace,
        CommentPrefix = commentPrefix,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    /// <summary>
    /// Reads <paramref name="path"/>: checks the header equals <paramref name="header"/> and every row has its
    /// field count. Returns the rows with their 1-based line numbers; an absent file is an empty table.
    /// </summary>
    /// <exception cref="InputException">The file is malformed; the diagnostic names the line.</exception>
    public static List<(string[] Fields, int Line)> Read(string path, IReadOnlyList<string> header, string display, string code)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var rows = ReadLoose(path, display, code);
        if (rows.Count > 0 && !rows[0].Fields.SequenceEqual(header, StringComparer.Ordinal))
        {
            throw new InputException(IoDiagnostics.UnexpectedHeader(code, rows[0].Fields, header, display, rows[0].Line));
        }

        foreach (var (fields, line) in rows.Skip(1))
        {
            if (fields.Length != header.Count)
            {
                throw new InputException(IoDiagnostics.StoredFieldCount(code, fields.Length, header.Count, display, line));
            }
        }

        return rows.Count > 0 ? rows[1..] : rows;
    }

    /// <summary>Reads every row of a UTF-8 CSV file (header included) with its 1-based line number; fields may vary in number.</summary>
    /// <exception cref="InputException">The file is not UTF-8 text (the error names line and byte offset; UTF-16 and binary files are named as such) or has broken quoting.</exception>
    /// <param name="path">The file.</param>
    /// <param name="display">The file as named in messages.</param>
    /// <param name="code">The diagnostic code of malformed quoting.</param>
    /// <param name="poolStrings">Keep one string per distinct cell text (for long tables that repeat their ids).</param>
    public static List<(string[] Fields, int Line)> ReadLoose(string path, string display, string code, bool poolStrings = false) =>
        [.. StreamLoose(path, display, code, poolStrings)];

    /// <summary>
    /// <see cref="ReadLoose"/> one row at a time, for tables of hundreds of thousands of rows: the file's bytes are held,
    /// not its rows. The UTF-8 check comes first; a quoting error is thrown when its row is reached.
    /// </summary>
    /// <inheritdoc cref="ReadLoose" path="/exception"/>
    /// <inheritdoc cref="ReadLoose" path="/param"/>
    public static IEnumerable<(string[] Fields, int Line)> StreamLoose(string path, string display, string code, bool poolStrings = false)
    {
        var bytes = File.ReadAllBytes(path);
        if (Utf8Scan.Check(bytes) is { } invalid)
        {
            // CsvHelper would read the bad bytes as U+FFFD and the table's data would change unnoticed.
            throw new InputException(IoDiagnostics.NotUtf8Text(invalid, display, invalid.Line));
        }

        using var reader = CsvReader.Create(bytes, RecordOptions(poolStrings: poolStrings));
        while (Next(reader, display, code) is { } row)
        {
            yield return row;
        }
    }

    // One row (null at the end); a yield cannot stand in a try with a catch.
    private static (string[] Fields, int Line)? Next(CsvReader reader, string display, string code)
    {
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            return (fields, (int)reader.LineNumber);
        }
        catch (CsvFormatException e)
        {
            throw new InputException(IoDiagnostics.BadQuotes(code, e.Message, display, (int)e.LineNumber));
        }
    }

    /// <summary>Writes a header and rows to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.Create(stream, WriterOptions, leaveOpen: true);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
    }

    /// <summary>Writes rows without a header, for tables formatted in pieces; the pieces joined equal one <see cref="Write"/>.</summary>
    public static void WriteRows(Stream stream, IEnumerable<string[]> rows)
    {
        using var csv = CsvWriter.Create(stream, WriterOptions, leaveOpen: true);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
    }

    /// <summary>Formats one CSV record (no line end) for appending to a journal.</summary>
    public static byte[] FormatRecord(string[] fields)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, WriterOptions, leaveOpen: true))
        {
            csv.WriteRecord(fields);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="records"/> to <paramref name="stream"/> with one writer, each as <see cref="FormatRecord"/> formats it.</summary>
    public static void WriteRecords(Stream stream, IEnumerable<string[]> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var csv = CsvWriter.Create(stream, WriterOptions, leaveOpen: true);
        foreach (var record in records)
        {
            csv.WriteRecord(record);
        }
    }

    /// <summary>Formats a header line.</summary>
    public static byte[] FormatHeader(IReadOnlyList<string> header) => Encoding.UTF8.GetBytes(string.Join(',', header) + "\n");
}
