using System.Collections.Concurrent;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Imports a plain <c>.txt</c> file without holding it whole: one thread reads it and cuts it into units
/// (<see cref="PlainTextCutter"/>) while the caller's thread writes the text and the unit rows to a
/// <see cref="StreamedText"/>. Text and units are those of <see cref="TextNormalizer.Clean(string)"/> and
/// <see cref="DocumentParser.Parse"/> on the whole file (a test compares them on random text).
/// </summary>
internal sealed class PlainTextReader : IDisposable
{
    // Large batches: each hand-over can make a thread spin before it waits.
    private const int BatchChars = 1 << 20;

    private PlainTextReader(StreamedText output) => Output = output;

    /// <summary>The text and units written.</summary>
    public StreamedText Output { get; }

    /// <summary>The document's metadata.</summary>
    public DocumentMetadata Metadata { get; private set; } = null!;

    /// <summary>Warnings from the front matter.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    /// <summary>SHA-256 (hex) of the file's bytes.</summary>
    public string FileHash { get; private set; } = string.Empty;

    /// <summary>
    /// Reads <paramref name="file"/>: once, and a second time only when the first reading found running headers or
    /// footers (they are known only when every page has been seen). The caller disposes the result.
    /// </summary>
    /// <exception cref="InputException">The file is not UTF-8 text, or its front matter or metadata is invalid.</exception>
    public static PlainTextReader Read(string file, string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, bool onDisk)
    {
        var (reader, running) = Run(file, display, metadata, unitKind, drop: null, onDisk);
        if (running.Count == 0)
        {
            return reader;
        }

        reader.Dispose();
        return Run(file, display, metadata, unitKind, running, onDisk).Reader;
    }

    /// <inheritdoc/>
    public void Dispose() => Output.Dispose();

    private static (PlainTextReader Reader, HashSet<int> Running) Run(string file, string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, IReadOnlySet<int>? drop, bool onDisk)
    {
        var reader = new PlainTextReader(new StreamedText(onDisk));
        using var queue = new BlockingCollection<CutBatch>(boundedCapacity: 2);
        using var stop = new CancellationTokenSource();
        using var cutter = new PlainTextCutter(display, metadata, unitKind, drop, batch => queue.Add(batch, stop.Token), BatchChars);
        var producer = Task.Run(() =>
        {
            try
            {
                cutter.Read(file);
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                using (batch)
                {
                    reader.Output.WriteText(batch.Text.Slice(0));
                    reader.Output.WriteUnits(batch.Units);
                }
            }

            producer.GetAwaiter().GetResult();
            reader.Output.Complete();
            reader.Metadata = cutter.Metadata!;
            reader.Warnings = cutter.Warnings;
            reader.FileHash = cutter.FileHash;
            return (reader, cutter.RunningLines());
        }
        catch
        {
            StreamedText.Abandon(stop, producer, reader);
            foreach (var batch in queue)
            {
                batch.Dispose();
            }

            throw;
        }
    }
}
