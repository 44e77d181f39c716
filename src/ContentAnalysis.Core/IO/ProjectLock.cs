using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.IO;

/// <summary>
/// The project's writer lock: an OS lock on <c>data/.project.lock</c>, held by every operation that reads, merges
/// and writes the shared project files (corpus tables and texts, samples, settings) from its read to its last write.
/// A second writer waits a bounded time, then fails with a diagnostic naming the holder. The OS releases the lock
/// when the process ends, so a crash leaves nothing to clean up. Coder journals are not covered: each has its own
/// session lock, so coders keep coding while an import runs.
/// </summary>
public sealed class ProjectLock : IDisposable
{
    /// <summary>How long a writer waits for another writer by default.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private ProjectLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Path of the lock file.</summary>
    public static string PathOf(ProjectLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.DataDirectory, ".project.lock");
    }

    /// <summary>Path of the note that says who holds the lock (read by a waiting writer for its message).</summary>
    public static string HolderPathOf(ProjectLayout layout) => PathOf(layout) + ".holder";

    /// <summary>
    /// Takes the lock for <paramref name="operation"/> (e.g. <c>corpus import</c>), waiting up to
    /// <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>) while another writer holds it.
    /// </summary>
    /// <exception cref="InputException">Another writer held the lock for the whole wait.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public static ProjectLock Acquire(ProjectLayout layout, string operation, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var path = PathOf(layout);
        Directory.CreateDirectory(layout.DataDirectory);
        var wait = timeout ?? DefaultTimeout;
        var started = DateTime.UtcNow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The file is never deleted: deleting it on release would let two writers lock two different files.
            if (TryOpen(path) is { } stream)
            {
                WriteHolder(layout, operation);
                return new ProjectLock(stream);
            }

            if (DateTime.UtcNow - started >= wait)
            {
                throw new InputException(IoDiagnostics.LockTimedOut(ReadHolder(layout), wait, layout.Relative(path)));
            }

            cancellationToken.WaitHandle.WaitOne(PollInterval);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            // Windows reports a file being replaced or deleted this way; it is worth another try.
            return null;
        }
    }

    private static void WriteHolder(ProjectLayout layout, string operation)
    {
        var note = string.Create(CultureInfo.InvariantCulture, $"qcat {operation}, process {Environment.ProcessId}, since {DateTime.UtcNow:HH:mm:ss} UTC");
        try
        {
            File.WriteAllText(HolderPathOf(layout), note, new UTF8Encoding(false));
        }
        catch (IOException)
        {
            // The note only improves another writer's message; the lock holds without it.
        }
    }

    private static string ReadHolder(ProjectLayout layout)
    {
        try
        {
            var note = File.ReadAllText(HolderPathOf(layout)).Trim();
            return note.Length is > 0 and < 200 ? note : "holder unknown";
        }
        catch (IOException)
        {
            return "holder unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }
}
