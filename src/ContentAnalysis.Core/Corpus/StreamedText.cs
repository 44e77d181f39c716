using System.Buffers;
using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// A document's normalised text (UTF-8) and its rows of <c>units.csv</c> written while it is read, in memory for a
/// small file and in temporary files for a large one, so an import never holds a large text whole. Keeps what the
/// merge needs: each unit's hash. Disposing deletes the temporary files.
/// </summary>
internal sealed class StreamedText : IDisposable
{
    /// <summary>
    /// After the consuming side failed: stops the reading task, waits for it, and disposes what was written so far. The
    /// reading's own failure (a bad byte, bad front matter) is not thrown here: the caller rethrows what stopped it.
    /// </summary>
    internal static void Abandon(CancellationTokenSource stop, Task producer, IDisposable written)
    {
        stop.Cancel();
        try
        {
            producer.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is OperationCanceledException or InputException)
        {
            // Rethrown by the caller, which has the exception that started the abandoning.
        }

        written.Dispose();
    }

    private const int CopyBuffer = 1 << 16;
    private const int RowBatch = 1 << 14;

    private readonly Stream _text;
    private readonly Stream _rows;
    private readonly string? _textPath;
    private readonly string? _rowsPath;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly List<ulong> _unitHashes = [];
    private readonly List<TextUnit> _pendingUnits = [];
    private bool _complete;

    /// <summary>Creates the output of one document; <paramref name="onDisk"/> spools to temporary files.</summary>
    public StreamedText(bool onDisk)
    {
        if (onDisk)
        {
            var stem = Path.Combine(Path.GetTempPath(), $"qcat-import-{Environment.ProcessId}-{Guid.NewGuid():N}");
            (_textPath, _rowsPath) = (stem + ".txt", stem + ".units.csv");
            _text = new FileStream(_textPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, CopyBuffer);
            _rows = new FileStream(_rowsPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, CopyBuffer);
        }
        else
        {
            (_text, _rows) = (new MemoryStream(), new MemoryStream());
        }
    }

    /// <summary>The number of units written.</summary>
    public int UnitCount => _unitHashes.Count + _pendingUnits.Count;

    /// <summary>The length of the text in UTF-8 bytes.</summary>
    public long TextBytes => _text.Length;

    /// <summary>Appends text (UTF-8 encoded; a surrogate pair cut between two calls is kept whole).</summary>
    public void WriteText(ReadOnlySpan<char> chars, bool final = false)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length) + 4);
        try
        {
            var length = _encoder.GetBytes(chars, buffer, flush: final);
            _text.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends units' rows, formatted as <see cref="CorpusStore"/> formats them.</summary>
    public void WriteUnits(IReadOnlyList<TextUnit> units)
    {
        // Rows are formatted in large batches: each batch sets up a CSV writer with its buffers.
        _pendingUnits.AddRange(units);
        if (_pendingUnits.Count >= RowBatch)
        {
            WritePendingUnits();
        }
    }

    private void WritePendingUnits()
    {
        CsvTable.WriteRows(_rows, _pendingUnits.Select(CorpusStore.UnitRow));
        foreach (var unit in _pendingUnits)
        {
            _unitHashes.Add(ulong.Parse(unit.Hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        _pendingUnits.Clear();
    }

    /// <summary>Ends the text.</summary>
    public void Complete()
    {
        WriteText([], final: true);
        WritePendingUnits();
        _complete = true;
        _text.Flush();
        _rows.Flush();
    }

    /// <summary>Whether the new cut has <paramref name="unit"/> (same id, same hash).</summary>
    public bool Contains(TextUnit unit, string documentId, UnitKind kind)
    {
        var prefix = documentId + (kind == UnitKind.Sentence ? ".s" : ".p");
        if (!unit.Id.StartsWith(prefix, StringComparison.Ordinal)
            || !int.TryParse(unit.Id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            || ordinal < 1 || ordinal > _unitHashes.Count || UnitCutter.UnitId(documentId, kind, ordinal) != unit.Id)
        {
            return false;
        }

        return ulong.TryParse(unit.Hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash) && unit.Hash.Length == 16 && hash == _unitHashes[ordinal - 1];
    }

    /// <summary>Whether the file at <paramref name="path"/> holds exactly this text.</summary>
    public bool SameTextAs(string path)
    {
        var file = new FileInfo(path);
        if (!_complete || !file.Exists || file.Length != _text.Length)
        {
            return false;
        }

        using var stored = file.OpenRead();
        _text.Position = 0;
        return StreamedFile.SameBytes(_text, stored);
    }

    /// <summary>Writes the text to <paramref name="path"/> (replaced atomically; untouched when it already holds it).</summary>
    public void SaveText(string path)
    {
        if (SameTextAs(path))
        {
            return;
        }

        if (_text is MemoryStream memory)
        {
            AtomicFile.WriteAllBytes(path, [memory.GetBuffer().AsMemory(0, (int)memory.Length)]);
            return;
        }

        ((FileStream)_text).Flush(flushToDisk: true);
        _text.Dispose();

        // Moved next to the target first, so the last step is a rename within one folder even when the
        // temporary folder lies on another file system.
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var staging = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.Move(_textPath!, staging);
            File.Move(staging, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(staging))
            {
                File.Delete(staging);
            }
        }
    }

    /// <summary>Copies the units' rows to <paramref name="destination"/>.</summary>
    public void CopyRowsTo(Stream destination)
    {
        _rows.Position = 0;
        _rows.CopyTo(destination, CopyBuffer);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _text.Dispose();
        _rows.Dispose();
        foreach (var path in new[] { _textPath, _rowsPath })
        {
            if (path is not null && File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
