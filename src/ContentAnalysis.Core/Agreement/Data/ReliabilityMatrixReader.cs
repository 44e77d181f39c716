using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using ContentAnalysis.Core.Values;
using CsvHelper;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Reads a reliability data matrix from CSV: a header row of coder names, an optional first
/// column named <c>unit</c>, one row per unit; an empty cell, <c>NA</c> or <c>.</c> is missing.
/// The layout of ReCal and of online alpha calculators, so a spreadsheet user needs nothing else.
/// </summary>
public static class ReliabilityMatrixReader
{
    /// <summary>
    /// Past this many distinct values, all numbers, a matrix is a continuous scale: its cells are read as numbers and
    /// the reading leaves large sort arrays behind.
    /// </summary>
    public const int ContinuousFromValues = NumericCells.SwitchAfterLabels;

    /// <summary>Reads the matrix in <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Layout and value rules.</param>
    /// <param name="displayPath">The path to name in messages (defaults to <paramref name="path"/>).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="InputException">The file is missing, not UTF-8, or not a valid matrix; the diagnostic names the line.</exception>
    public static ReliabilityData ReadFile(string path, ReliabilityMatrixReadOptions options, string? displayPath = null, CancellationToken cancellationToken = default) =>
        LoadFile(path, options, displayPath, cancellationToken).Data;

    /// <summary>Reads the matrix in <paramref name="path"/> with the column taken as unit ids and the warnings.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Layout and value rules.</param>
    /// <param name="displayPath">The path to name in messages (defaults to <paramref name="path"/>).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="InputException">The file is missing, not UTF-8, or not a valid matrix; the diagnostic names the line.</exception>
    public static ReliabilityMatrixFile LoadFile(string path, ReliabilityMatrixReadOptions options, string? displayPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shown = displayPath ?? path;
        if (!File.Exists(path))
        {
            throw new InputException(AgreementDiagnostics.MatrixNotFound(shown));
        }

        if (options.Transpose)
        {
            return Load(File.ReadAllBytes(path), options, shown, cancellationToken);
        }

        // A large clean matrix is read in parts on every core; anything else in one pass, as below.
        var parts = MatrixBuilder.PartsFor(new FileInfo(path).Length);
        if (parts > 1 && MatrixBuilder.ReadFileInParts(path, parts, ReaderOptions(), options, shown, cancellationToken) is { } read)
        {
            return read;
        }

        // A large matrix is read through one small buffer rather than as one array of its size: fresh memory
        // costs more than the second pass over the file. Anything not plain UTF-8 goes the way that locates it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (PlainUtf8Lines(stream) is not { } lines)
        {
            return Load(File.ReadAllBytes(path), options, shown, cancellationToken);
        }

        return ReadUnitRows(
            () =>
            {
                stream.Position = 0;
                return CsvReader.Create(stream, ReaderOptions());
            },
            lines,
            stream.Length,
            options,
            shown,
            cancellationToken);
    }

    // Reads the unit rows as numbers when the cells turn out to be a continuous scale, and from the start again, as
    // labels, when a label then turns up (see NumericCells); a malformed CSV line becomes its located error.
    private static ReliabilityMatrixFile ReadUnitRows(
        Func<CsvReader> open, int lineCapacity, long byteCount, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var numbersAllowed in (bool[])[true, false])
            {
                using var reader = open();
                if (MatrixBuilder.ReadUnitRows(reader, lineCapacity, byteCount, options, file, numbersAllowed, cancellationToken) is { } read)
                {
                    return read;
                }
            }

            throw new InvalidOperationException("The second reading never asks for a restart.");
        }
        catch (CsvFormatException e)
        {
            throw Malformed(e, file);
        }
    }

    // The number of lines when the stream is valid UTF-8 without NUL bytes or another encoding's byte order mark (nor
    // quotes, when refused), else null. Chunks are checked up to their last line end, which never falls inside a character.
    internal static int? PlainUtf8Lines(Stream stream, bool refuseQuotes = false)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var (kept, lines, last) = (0, 0, (byte)'\n');
            while (true)
            {
                var read = stream.Read(buffer, kept, buffer.Length - kept);
                var filled = kept + read;
                var chunk = buffer.AsSpan(0, filled);
                var end = read == 0 ? filled : chunk.LastIndexOf((byte)'\n') + 1;
                if (end == 0 && filled == buffer.Length)
                {
                    return null;
                }

                var whole = chunk[..end];
                if (!System.Text.Unicode.Utf8.IsValid(whole) || (refuseQuotes ? whole.IndexOfAny((byte)0, (byte)'"') : whole.IndexOf((byte)0)) >= 0)
                {
                    return null;
                }

                lines = checked(lines + whole.Count((byte)'\n'));
                last = filled > 0 ? chunk[filled - 1] : last;
                if (read == 0)
                {
                    return lines + (last != (byte)'\n' ? 1 : 0);
                }

                kept = filled - end;
                chunk[end..].CopyTo(buffer);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a matrix from UTF-8 bytes; <paramref name="file"/> is the name used in messages.</summary>
    /// <exception cref="InputException">The bytes are not UTF-8 or not a valid matrix.</exception>
    public static ReliabilityData Read(byte[] utf8, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken = default) =>
        Load(utf8, options, file, cancellationToken).Data;

    /// <summary>Reads a matrix from UTF-8 bytes with the column taken as unit ids and the warnings; <paramref name="file"/> is the name used in messages.</summary>
    /// <exception cref="InputException">The bytes are not UTF-8 or not a valid matrix.</exception>
    public static ReliabilityMatrixFile Load(byte[] utf8, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken = default) =>
        LoadWithParts(utf8, options, file, MatrixBuilder.PartsFor(utf8?.Length ?? 0), cancellationToken);

    /// <summary>
    /// <see cref="Load(byte[], ReliabilityMatrixReadOptions, string, CancellationToken)"/> reading a matrix without quotes in up to
    /// <paramref name="parts"/> parts on as many threads (1: one pass); the result is the same either way.
    /// </summary>
    internal static ReliabilityMatrixFile LoadWithParts(byte[] utf8, ReliabilityMatrixReadOptions options, string file, int parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(options);
        if (Utf8Scan.Check(utf8) is { } invalid)
        {
            throw new InputException(AgreementDiagnostics.MatrixNotUtf8(invalid, file));
        }

        if (options.Transpose)
        {
            return MatrixBuilder.FromCoderRows(ReadTable(utf8, file, cancellationToken), options, file);
        }

        if (parts > 1 && !utf8.AsSpan().Contains((byte)'"') && MatrixBuilder.ReadInParts(utf8, parts, ReaderOptions(), options, file, cancellationToken) is { } read)
        {
            return read;
        }

        return ReadUnitRows(() => CsvReader.Create(utf8, ReaderOptions()), LineCount(utf8), utf8.Length, options, file, cancellationToken);
    }

    // An upper bound on the records, so the cell array is allocated once at its final size.
    private static int LineCount(byte[] utf8) =>
        utf8.AsSpan().Count((byte)'\n') + (utf8.Length > 0 && utf8[^1] != (byte)'\n' ? 1 : 0);

    private static InputException Malformed(CsvFormatException e, string file) =>
        new(IoDiagnostics.BadQuotes(AgreementDiagnostics.MalformedCsv, e.Message, file, (int)e.LineNumber));

    private static CsvReaderOptions ReaderOptions() => CsvTable.RecordOptions(trimWhitespace: true, poolStrings: true);

    private static RawTable ReadTable(byte[] utf8, string file, CancellationToken cancellationToken)
    {
        var readerOptions = ReaderOptions();
        var rows = new List<string[]>();
        var lines = new List<long>();
        try
        {
            using var reader = CsvReader.Create(utf8, readerOptions);
            while (reader.Read())
            {
                if ((rows.Count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                rows.Add(fields);
                lines.Add(reader.LineNumber);
            }
        }
        catch (CsvFormatException e)
        {
            throw Malformed(e, file);
        }

        return new RawTable(rows, lines);
    }

    /// <summary>Whether a cell means "no value".</summary>
    internal static bool IsMissing(string cell) =>
        cell.Length == 0 || ReliabilityMatrixReadOptions.MissingMarkers.Any(m => string.Equals(m, cell, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a cell is a number (see <see cref="TryNumber"/>).</summary>
    internal static bool IsNumber(string cell) => TryNumber(cell, out _);

    /// <summary>The number a cell holds, by the one rule (<see cref="NumericValue"/>); cells that are the same number are one value.</summary>
    internal static bool TryNumber(string cell, out double value) => NumericValue.TryParse(cell, out value);

    /// <summary>Rows as read, with the 1-based input line of each.</summary>
    internal sealed record RawTable(List<string[]> Rows, List<long> Lines);
}
