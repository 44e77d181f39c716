namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Replaces a file atomically from content written to a stream (as <see cref="IO.AtomicFile"/> does from bytes in
/// memory): the content goes to a temporary file in the same folder, which replaces the target only when the bytes
/// differ, so an unchanged file keeps its bytes and time stamp.
/// </summary>
internal static class StreamedFile
{
    private const int BufferSize = 1 << 16;

    /// <summary>Writes what <paramref name="write"/> writes to <paramref name="path"/>; whether the file changed.</summary>
    public static bool WriteIfChanged(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize))
            {
                write(stream);
                if (Same(stream, path))
                {
                    return false;
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static bool Same(FileStream written, string path)
    {
        var existing = new FileInfo(path);
        if (!existing.Exists || existing.Length != written.Length)
        {
            return false;
        }

        written.Flush();
        written.Position = 0;
        using var old = existing.OpenRead();
        return SameBytes(written, old);
    }

    /// <summary>Whether two streams hold the same bytes from their current positions to their ends.</summary>
    public static bool SameBytes(Stream first, Stream second)
    {
        var a = new byte[BufferSize];
        var b = new byte[BufferSize];
        while (true)
        {
            var read = first.ReadAtLeast(a, BufferSize, throwOnEndOfStream: false);
            var other = second.ReadAtLeast(b, BufferSize, throwOnEndOfStream: false);
            if (read != other || !a.AsSpan(0, read).SequenceEqual(b.AsSpan(0, other)))
            {
                return false;
            }

            if (read < BufferSize)
            {
                return true;
            }
        }
    }
}
