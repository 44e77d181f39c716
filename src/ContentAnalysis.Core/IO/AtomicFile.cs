namespace ContentAnalysis.Core.IO;

/// <summary>Replaces files atomically: write a temporary file in the same folder, flush it to disk, rename it over the target.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="pieces"/>, one after the other, to <paramref name="path"/> so readers see the old or the
    /// new file, never a half-written one.
    /// </summary>
    public static void WriteAllBytes(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                foreach (var piece in pieces)
                {
                    stream.Write(piece.Span);
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes only when the content differs, so an unchanged file keeps its bytes and time stamp.</summary>
    public static bool WriteIfChanged(string path, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == pieces.Sum(p => (long)p.Length) && HasContent(File.ReadAllBytes(path), pieces))
        {
            return false;
        }

        WriteAllBytes(path, pieces);
        return true;
    }

    private static bool HasContent(ReadOnlySpan<byte> bytes, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        foreach (var piece in pieces)
        {
            if (!bytes.StartsWith(piece.Span))
            {
                return false;
            }

            bytes = bytes[piece.Length..];
        }

        return bytes.IsEmpty;
    }
}
