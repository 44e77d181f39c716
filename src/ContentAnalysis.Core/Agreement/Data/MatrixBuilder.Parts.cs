using System.Text;
using ContentAnalysis.Core.Diagnostics;
using CsvHelper;

namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// A large matrix without quotes read in parts on several threads. Without quotes every line break ends a record, so
/// the bytes can be cut after a line break and each part read by its own CSV reader into its own rows of the cell
/// array, with its own value codes, which are then joined in the order one reader would have given them. Only a clean
/// file is read this way: at the first thing that would become a message (a short row, a repeated unit, a value the
/// options refuse, a continuous scale that switches to numbers) the parts give up and the caller reads the file in one
/// pass, which finds and locates everything as it always has. So the parts do not count lines: no line number of
/// theirs ever reaches a message (the labels' first lines are left 0).
/// </summary>
internal static partial class MatrixBuilder
{
    /// <summary>
    /// The most distinct values a matrix read in parts may hold. More are a scale, not categories: the one-pass reader
    /// reads them (as numbers past <see cref="NumericCells.SwitchAfterLabels"/>), and the parts stop early so little is wasted.
    /// </summary>
    internal const int MaxPartLabels = 4_096;

    /// <summary>The smallest input read in parts; below it, starting threads costs more than it saves.</summary>
    internal const int PartsFromBytes = 1 << 20;

    /// <summary>How many parts to read <paramref name="byteCount"/> bytes in on this machine (1: read in one pass).</summary>
    internal static int PartsFor(long byteCount) =>
        byteCount < PartsFromBytes ? 1 : (int)Math.Clamp(Math.Min(Environment.ProcessorCount, byteCount / (PartsFromBytes / 2)), 1, 8);

    /// <summary>
    /// Reads the unit-per-row layout of <paramref name="utf8"/> (valid UTF-8 without a quote character) in up to
    /// <paramref name="parts"/> parts; null when the file is not a clean matrix or cannot be cut, and it must be read in one pass.
    /// </summary>
    public static ReliabilityMatrixFile? ReadInParts(ReadOnlyMemory<byte> utf8, int parts, CsvReaderOptions readerOptions, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken)
    {
        var bounds = Cut(utf8, parts);
        if (bounds.Length < 3)
        {
            return null;
        }

        var lines = new int[bounds.Length - 1];
        for (var k = 0; k < lines.Length; k++)
        {
            var segment = utf8.Span[(int)bounds[k]..(int)bounds[k + 1]];
            lines[k] = segment.Count((byte)'\n') + (segment.Length > 0 && segment[^1] != (byte)'\n' ? 1 : 0);
        }

        readerOptions = readerOptions with { TrackLineNumbers = false };
        return ReadParts(k => CsvReader.Create(utf8[(int)bounds[k]..(int)bounds[k + 1]], readerOptions), bounds, lines, options, file, cancellationToken);
    }

    /// <summary>
    /// Reads the matrix file <paramref name="path"/> in up to <paramref name="parts"/> parts, each through its own small
    /// buffer (fresh memory of the file's size costs more than reading it twice); null when the file is not plain UTF-8
    /// without quotes, cannot be cut, or is not a clean matrix, and it must be read in one pass.
    /// </summary>
    public static ReliabilityMatrixFile? ReadFileInParts(string path, int parts, CsvReaderOptions readerOptions, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bounds = Cut(handle, RandomAccess.GetLength(handle), parts);
        if (bounds.Length < 3)
        {
            return null;
        }

        // The parts are checked (UTF-8, no NUL, no quote) and their lines counted first, each on its own thread.
        var lines = new int[bounds.Length - 1];
        var plain = true;
        Parallel.For(0, lines.Length, k =>
        {
            using var part = new IO.FileSegmentStream(handle, bounds[k], bounds[k + 1]);
            if (ReliabilityMatrixReader.PlainUtf8Lines(part, refuseQuotes: true) is { } count)
            {
                lines[k] = count;
            }
            else
            {
                plain = false;
            }
        });
        if (!plain)
        {
            return null;
        }

        readerOptions = readerOptions with { TrackLineNumbers = false };
        return ReadParts(k => CsvReader.Create(new IO.FileSegmentStream(handle, bounds[k], bounds[k + 1]), readerOptions), bounds, lines, options, file, cancellationToken);
    }

    // Reads the parts that open(k) gives, the lines of part k being lines[k]: the header from the first, then every part on
    // its own thread into its room of the cell array.
    private static ReliabilityMatrixFile? ReadParts(Func<int, CsvReader> open, long[] bounds, int[] lines, ReliabilityMatrixReadOptions options, string file, CancellationToken cancellationToken)
    {
        var count = lines.Length;
        // Lines before each part, so that each part's rows have their room in the cell array: a record takes at least a
        // line, and the header (one line, as nothing is quoted) is the first part's.
        var linesBefore = new int[count + 1];
        for (var k = 0; k < count; k++)
        {
            linesBefore[k + 1] = linesBefore[k] + lines[k];
        }

        using var head = open(0);
        if (!head.Read())
        {
            return null;
        }

        var header = new string[head.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = head.GetString(i);
        }

        var hasUnitColumn = header.Length > 0 && ReliabilityMatrixReadOptions.IsUnitColumnName(header[0]);
        List<string> coders;
        try
        {
            coders = CheckNames(header, hasUnitColumn ? 1 : 0, 1, file, "coder");
        }
        catch (InputException)
        {
            return null;
        }

        const int headerLines = 1;
        var width = coders.Count;
        // Uninitialised: every row a part reads is written, and the room no row took is moved over or cut off.
        var cells = GC.AllocateUninitializedArray<int>(checked(Math.Max(linesBefore[count] - headerLines, 1) * width));
        var read = new PartRead[count];
        var shape = new PartShape(header.Length, width, hasUnitColumn);
        var workers = new Task[count - 1];
        for (var k = 1; k < count; k++)
        {
            var part = k;
            read[part] = new PartRead(linesBefore[part] - headerLines, linesBefore[part + 1] - headerLines, hasUnitColumn, lines[part], bounds[part + 1] - bounds[part]);
            workers[part - 1] = Task.Run(
                () =>
                {
                    using var reader = open(part);
                    read[part].Read(reader, shape, cells, cancellationToken);
                },
                cancellationToken);
        }

        // The first part's ids get the whole file as room, so the others' are appended without growing.
        read[0] = new PartRead(0, linesBefore[1] - headerLines, hasUnitColumn, cells.Length / width, bounds[^1]);
        read[0].Read(head, shape, cells, cancellationToken);
        Task.WaitAll(workers, cancellationToken);
        return read.Any(r => r.Failed) ? null : Join(read, header, coders, cells, options, file);
    }

    // Part boundaries in bytes: 0, a position just after a line break near each k/parts of the input, and the end.
    private static long[] Cut(ReadOnlyMemory<byte> utf8, int parts) =>
        Cut(utf8.Length, parts, from => utf8.Span[(int)from..].IndexOf((byte)'\n'));

    // The same in a file, looking for the line break in the 64 KiB after each k/parts of it.
    private static long[] Cut(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length, int parts)
    {
        var window = new byte[1 << 16];
        return Cut(length, parts, from => window.AsSpan(0, RandomAccess.Read(handle, window, from)).IndexOf((byte)'\n'));
    }

    // nextBreak(from) is the distance from 'from' to the next line break, or -1.
    private static long[] Cut(long length, int parts, Func<long, int> nextBreak)
    {
        List<long> bounds = [0];
        for (var k = 1; k < parts; k++)
        {
            var from = Math.Max(length * k / parts, bounds[^1]);
            var next = nextBreak(from);
            if (next >= 0 && from + next + 1 < length && from + next + 1 > bounds[^1])
            {
                bounds.Add(from + next + 1);
            }
        }

        bounds.Add(length);
        return [.. bounds];
    }

    // The parts' codes renumbered into the first part's interner, in the order one reader meets them, and the rows moved
    // together; then the checks and value order of a one-pass read. Each part's cells are recoded on its own thread.
    private static ReliabilityMatrixFile? Join(PartRead[] read, string[] header, List<string> coders, int[] cells, ReliabilityMatrixReadOptions options, string file)
    {
        var width = coders.Count;
        var interner = read[0].Interner;
        var ids = read[0].Ids;
        var ascending = read[0].Ascending;
        // The rows of each part, taken before the first part's ids receive the others'.
        var rowsOf = read.Select(r => r.Ids.Count).ToArray();
        var joined = new int[read.Length][];
        for (var k = 1; k < read.Length; k++)
        {
            var part = read[k];
            var labels = part.Interner.Labels;
            joined[k] = new int[labels.Count];
            for (var j = 0; j < labels.Count; j++)
            {
                joined[k][j] = interner.Intern(Encoding.UTF8.GetBytes(labels[j]), 0);
            }

            var before = ids.Count;
            ids.Append(part.Ids);
            ascending &= part.Ascending && (ids.Numbered || ids.Counting || before == 0 || rowsOf[k] == 0 || IdBefore(ids.Span(before - 1), ids.Span(before)));
        }

        var bag = new DiagnosticBag();
        CheckLabels(bag, interner, options, file);
        if (ids.Count == 0 || bag.HasErrors || interner.Labels.Count > MaxPartLabels || (!ascending && HasRepeatedId(ids)))
        {
            return null;
        }

        // A matrix mixing numbers and labels is recoded by Finish, which looks for the columns that mix them.
        var (values, numbers, order, isNumber) = interner.Sorted(options.ValueOrder);
        var mixed = numbers is null && isNumber.Contains(true);
        Parallel.For(0, read.Length, k =>
        {
            if (k == 0 && mixed)
            {
                return;
            }

            var map = k == 0 ? order : mixed ? joined[k] : [.. joined[k].Select(code => order[code])];
            var span = cells.AsSpan(read[k].RowBase * width, rowsOf[k] * width);
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] >= 0)
                {
                    span[i] = map[span[i]];
                }
            }
        });

        var rows = rowsOf[0];
        for (var k = 1; k < read.Length; k++)
        {
            if (read[k].RowBase != rows)
            {
                Array.Copy(cells, read[k].RowBase * width, cells, rows * width, rowsOf[k] * width);
            }

            rows += rowsOf[k];
        }

        if (ids.Count * width != cells.Length)
        {
            Array.Resize(ref cells, ids.Count * width);
        }

        ids.Trim();
        var unitColumn = ids.Numbered ? null : header[0];
        return mixed
            ? Finish(bag, interner, ids, coders, cells, options, file) with { UnitColumn = unitColumn }
            : new ReliabilityMatrixFile(new ReliabilityData(ids, coders, values, cells, numbers), unitColumn, []);
    }

    private static bool HasRepeatedId(CompactUnitIds ids)
    {
        var finder = new DuplicateFinder(ids);
        for (var unit = 0; unit < ids.Count; unit++)
        {
            if (finder.FirstOf(unit) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value of field <paramref name="index"/> of a record in an input without quotes: its raw bytes less the
    /// spaces and tabs around them, which is what CsvHelper's decoding with trimming gives for a field without a quote.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<byte> QuoteFreeCell(CsvReader reader, int index)
    {
        var raw = reader.GetRawSpan(index);
        return raw.Length > 0 && (raw[0] is (byte)' ' or (byte)'\t' || raw[^1] is (byte)' ' or (byte)'\t') ? raw.Trim(" \t"u8) : raw;
    }

    private sealed record PartShape(int Fields, int Width, bool HasUnitColumn);

    /// <summary>One part's rows: its ids and value codes, written into the cell array from row <see cref="RowBase"/>.</summary>
    private sealed class PartRead(int rowBase, int rowEnd, bool hasUnitColumn, int idCapacity, long byteCapacity)
    {
        public int RowBase { get; } = rowBase;

        /// <summary>The row after the part's room: its lines are an upper bound on its records.</summary>
        public int RowEnd { get; } = rowEnd;

        public ValueInterner Interner { get; } = new();

        public CompactUnitIds Ids { get; } = hasUnitColumn ? CompactUnitIds.Stored(idCapacity, byteCapacity) : CompactUnitIds.RowNumbers();

        /// <summary>Whether the ids came in ascending order (so none repeats within the part).</summary>
        public bool Ascending { get; private set; } = true;

        /// <summary>Whether the part met something a one-pass read must report (or could not be read).</summary>
        public bool Failed { get; private set; }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Read(CsvReader reader, PartShape shape, int[] cells, CancellationToken cancellationToken)
        {
            try
            {
                var (width, first) = (shape.Width, shape.HasUnitColumn ? 1 : 0);
                var rows = 0;
                while (reader.Read())
                {
                    if ((++rows & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (reader.FieldCount != shape.Fields)
                    {
                        Failed = true;
                        return;
                    }

                    var unit = Ids.Add(shape.HasUnitColumn ? QuoteFreeCell(reader, 0) : default);
                    var row = RowBase + unit;
                    if (row >= RowEnd)
                    {
                        Failed = true;
                        return;
                    }

                    // Ids out of order are checked for repeats once the parts are joined.
                    if (Ascending && shape.HasUnitColumn && unit > 0 && !Ids.Counting && !IdBefore(Ids.Span(unit - 1), Ids.Span(unit)))
                    {
                        Ascending = false;
                    }

                    var offset = row * width;
                    for (var c = 0; c < width; c++)
                    {
                        cells[offset + c] = Interner.InternShort(QuoteFreeCell(reader, first + c));
                    }

                    if (Interner.Labels.Count > MaxPartLabels)
                    {
                        Failed = true;
                        return;
                    }
                }
            }
            catch (CsvFormatException)
            {
                Failed = true;
            }
        }
    }
}
