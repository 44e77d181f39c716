using System.IO.Compression;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Extracts a ZIP archive into a fresh staging folder, treating it as hostile: every entry path is checked before
/// anything is written (no <c>..</c>, absolute paths, drive letters, symbolic links or duplicate names), and sizes are
/// counted while decompressing, not taken from the headers (entry count, per-entry and total size, compression ratio).
/// </summary>
internal sealed partial class SafeArchive : IDisposable
{
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);

    private SafeArchive(string folder) => Folder = folder;

    /// <summary>The staging folder (deleted on dispose).</summary>
    public string Folder { get; }

    /// <summary>The entry names as written in the archive ('/' separators), keyed case-insensitively.</summary>
    public IReadOnlyCollection<string> Names => _files.Keys;

    /// <summary>Extracts <paramref name="path"/> into a new temporary folder.</summary>
    /// <exception cref="InputException">The archive is unreadable or breaks a rule or limit; nothing is left on disk.</exception>
    public static SafeArchive Extract(string path, string display, ArchiveLimits limits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "qcat-refi-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var archive = new SafeArchive(folder);
        try
        {
            archive.Fill(path, display, limits);
            return archive;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>The staged file of entry <paramref name="name"/> (case-insensitive), or null; <paramref name="exactCase"/> tells whether the case matched.</summary>
    public string? Find(string name, out bool exactCase)
    {
        var key = name.Replace('\\', '/');
        exactCase = false;
        if (!_files.TryGetValue(key, out var file))
        {
            return null;
        }

        exactCase = _files.Keys.Any(k => string.Equals(k, key, StringComparison.Ordinal));
        return file;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void Fill(string path, string display, ArchiveLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new InputException(ExchangeDiagnostics.NotZip(display));
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new InputException(ExchangeDiagnostics.EntryCount(zip.Entries.Count, limits.MaxEntries, display));
            }

            // Every name is checked before the first byte is written.
            foreach (var entry in zip.Entries)
            {
                CheckName(entry, display);
            }

            long total = 0;
            try
            {
                foreach (var entry in zip.Entries.Where(e => !IsFolder(e.FullName)))
                {
                    total += Copy(entry, display, limits, total);
                }
            }
            catch (InvalidDataException)
            {
                // Damaged compressed data (or a bad checksum) is found only while decompressing.
                throw new InputException(ExchangeDiagnostics.NotZip(display));
            }
        }
    }

    private void CheckName(ZipArchiveEntry entry, string display)
    {
        var name = entry.FullName;
        var normal = name.Replace('\\', '/');
        if (normal.Length == 0 || normal.StartsWith('/') || DriveLetter().IsMatch(normal) || normal.Split('/').Any(s => s is ".." or ".") || normal.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputException(ExchangeDiagnostics.EscapingEntry(name, display));
        }

        // The Unix file type sits in the upper half of the external attributes; 0xA000 is a symbolic link.
        if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
        {
            throw new InputException(ExchangeDiagnostics.LinkEntry(name, display));
        }

        var target = Path.GetFullPath(Path.Combine(Folder, normal));
        if (!target.StartsWith(Path.GetFullPath(Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InputException(ExchangeDiagnostics.EscapingEntry(name, display));
        }

        if (!IsFolder(normal) && !_files.TryAdd(normal, target))
        {
            throw new InputException(ExchangeDiagnostics.SameName(name, display));
        }
    }

    private long Copy(ZipArchiveEntry entry, string display, ArchiveLimits limits, long totalSoFar)
    {
        var name = entry.FullName.Replace('\\', '/');
        var target = _files[name];
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var buffer = new byte[81920];
        long written = 0;
        using (var input = entry.Open())
        using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                written += read;
                if (written > limits.MaxEntryBytes)
                {
                    throw new InputException(ExchangeDiagnostics.EntrySize(entry.FullName, limits.MaxEntryBytes, display));
                }

                if (totalSoFar + written > limits.MaxTotalBytes)
                {
                    throw new InputException(ExchangeDiagnostics.TotalSize(limits.MaxTotalBytes, display));
                }

                if (written > limits.RatioFloorBytes && written / Math.Max(1, entry.CompressedLength) > limits.MaxRatio)
                {
                    throw new InputException(ExchangeDiagnostics.Ratio(entry.FullName, written / Math.Max(1, entry.CompressedLength), limits.MaxRatio, display));
                }

                output.Write(buffer, 0, read);
            }
        }

        return written;
    }

    private static bool IsFolder(string name) => name.EndsWith('/') || name.EndsWith('\\');

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
