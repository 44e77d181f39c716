using System.Globalization;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Reads a reliability data matrix from CSV: a header row of coder names, an optional first
/// column named <c>unit</c>, one row per unit; an empty cell, <c>NA</c> or <c>.</c> is missing.
/// The layout of ReCal and of online alpha calculators, so a spreadsheet user needs nothing else.
/// </summary>
public static class ReliabilityMatrixReader
{
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
        var shown = displayPath ?? path;
        if (!File.Exists(path))
        {
            throw new InputException(AgreementDiagnostics.MatrixNotFound(shown));
        }

        return Load(File.ReadAllBytes(path), options, shown, cancellationToken);
    }

    /// <summary>Reads a matrix from UTF-8 bytes; <paramref name="file"/> is the name used in messages.</summary>
    /// <exception cref="InputException">The bytes are not UTF-8 or not a valid matrix.</exception>
    public static ReliabilityData Read(byte[] utf8, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken = default) =>
        Load(utf8, options, file, cancellationToken).Data;

    /// <summary>Reads a matrix from UTF-8 bytes with the column taken as unit ids and the warnings; <paramref name="file"/> is the name used in messages.</summary>
    /// <exception cref="InputException">The bytes are not UTF-8 or not a valid matrix.</exception>
    public static ReliabilityMatrixFile Load(byte[] utf8, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken = default)
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

        try
        {
            using var reader = CsvReader.Create(utf8, ReaderOptions());
            return MatrixBuilder.ReadUnitRows(reader, LineCount(utf8), options, file, cancellationToken);
        }
        catch (CsvFormatException e)
        {
            throw Malformed(e, file);
        }
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

    /// <summary>The number a cell holds: an invariant-culture, finite number; cells that are the same number are one value.</summary>
    internal static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Rows as read, with the 1-based input line of each.</summary>
    internal sealed record RawTable(List<string[]> Rows, List<long> Lines);
}
