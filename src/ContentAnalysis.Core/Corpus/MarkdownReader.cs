using System.Collections.Concurrent;
using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Imports a <c>.md</c> file without holding it whole: one thread reads its lines (<see cref="TextLineReader"/>, the
/// front matter split off, page furniture dropped) and cuts them into chunks (<see cref="MarkdownChunker"/>), the
/// thread pool cleans and parses the chunks with Markdig (<see cref="MarkdownBlocks"/>), and the caller's thread cuts
/// their blocks into units in order and writes text and rows to a <see cref="StreamedText"/>. Text and units are
/// those of <see cref="TextNormalizer.Clean(string)"/> and <see cref="DocumentParser.Parse"/> on the whole file (a
/// test compares them on random Markdown). Link reference definitions hold for the whole document, so a file that may
/// have one (<see cref="CanStream"/>) is read whole instead.
/// </summary>
internal sealed class MarkdownReader : IDisposable
{
    /// <summary>
    /// The least number of characters in a chunk (it ends at the next place where one can): small enough that a
    /// chunk's strings stay off the large object heap (85,000 bytes), whose allocations start full collections.
    /// </summary>
    internal const int ChunkChars = 1 << 15;

    // Chunks read ahead of the one being cut: two threads parse while the caller writes.
    private const int ChunksAhead = 4;

    private MarkdownReader(StreamedText output) => Output = output;

    /// <summary>The text and units written.</summary>
    public StreamedText Output { get; }

    /// <summary>The document's metadata.</summary>
    public DocumentMetadata Metadata { get; private set; } = null!;

    /// <summary>Warnings from the front matter.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    /// <summary>SHA-256 (hex) of the file's bytes.</summary>
    public string FileHash { get; private set; } = string.Empty;

    /// <summary>
    /// Whether <paramref name="file"/> can be read in chunks: it has no <c>]:</c>, so no link reference definition
    /// (<c>[label]: url</c>, which a link anywhere in the document may use).
    /// </summary>
    public static bool CanStream(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var carry = 0;
        while (true)
        {
            var read = stream.Read(buffer, carry, buffer.Length - carry);
            if (read == 0)
            {
                return true;
            }

            var region = buffer.AsSpan(0, carry + read);
            if (region.IndexOf("]:"u8) >= 0)
            {
                return false;
            }

            // A ']' at the end may meet its ':' in the next read.
            carry = region[^1] == (byte)']' ? 1 : 0;
            buffer[0] = region[^1];
        }
    }

    /// <summary>
    /// Reads <paramref name="file"/>: once, and a second time only when the first reading found running headers or
    /// footers. The caller disposes the result.
    /// </summary>
    /// <exception cref="InputException">The file is not UTF-8 text, or its front matter or metadata is invalid.</exception>
    public static MarkdownReader Read(string file, string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, bool onDisk, int chunkChars = ChunkChars)
    {
        var (reader, running) = Run(file, display, metadata, unitKind, drop: null, onDisk, chunkChars);
        if (running.Count == 0)
        {
            return reader;
        }

        reader.Dispose();
        return Run(file, display, metadata, unitKind, running, onDisk, chunkChars).Reader;
    }

    /// <inheritdoc/>
    public void Dispose() => Output.Dispose();

    private static (MarkdownReader Reader, HashSet<int> Running) Run(string file, string display, Func<IReadOnlyDictionary<string, string>, DocumentMetadata> metadata, UnitKind unitKind, IReadOnlySet<int>? drop, bool onDisk, int chunkChars)
    {
        var reader = new MarkdownReader(new StreamedText(onDisk));
        using var queue = new BlockingCollection<Chunk>(boundedCapacity: ChunksAhead);
        using var stop = new CancellationTokenSource();
        DocumentMetadata? read = null;
        using var chunker = new MarkdownChunker(chunkChars, raw => queue.Add(new Chunk(raw, Task.Run(() => Parse(raw))), stop.Token));
        using var furniture = new PageFurnitureFilter(drop, chunker.Line);
        var front = new FrontMatterLines(display, fields => read = metadata(fields), furniture.Line);
        var fileHash = string.Empty;
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    fileHash = TextLineReader.Read(file, display, front.Line);
                    front.End();
                    chunker.Finish();
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            Cut(queue, () => read!, unitKind, reader.Output);
            producer.GetAwaiter().GetResult();
            reader.Output.Complete();
            reader.Metadata = read!;
            reader.Warnings = front.Warnings;
            reader.FileHash = fileHash;
            return (reader, furniture.RunningLines());
        }
        catch
        {
            StreamedText.Abandon(stop, producer, reader);
            throw;
        }
    }

    // In order: a chunk that ends inside a fence or an HTML block is parsed again with the chunks after it, until the
    // joined text ends outside one (checked each time it has doubled, so a long fence costs linear time) or the text ends.
    private static void Cut(BlockingCollection<Chunk> queue, Func<DocumentMetadata> metadata, UnitKind unitKind, StreamedText output)
    {
        using var text = new TextBuffer(ChunkChars * 2);
        using var scratch = new TextBuffer(ChunkChars * 2);
        using var hasher = new UnitHasher();
        UnitCutter? cutter = null;
        var carry = new StringBuilder();
        var checkAt = 0;
        foreach (var chunk in queue.GetConsumingEnumerable())
        {
            List<(bool IsHeading, string Text)> blocks;
            bool open;
            if (carry.Length == 0)
            {
                (blocks, open) = chunk.Parsed.GetAwaiter().GetResult();
            }
            else
            {
                carry.Append(chunk.Raw);
                if (carry.Length < checkAt)
                {
                    continue;
                }

                (blocks, open) = Parse(carry.ToString());
            }

            if (open)
            {
                if (carry.Length == 0)
                {
                    carry.Append(chunk.Raw);
                }

                checkAt = carry.Length * 2;
                continue;
            }

            carry.Clear();
            cutter ??= Start(metadata(), text, hasher, unitKind);
            Write(cutter, blocks, scratch, output);
        }

        if (carry.Length > 0)
        {
            cutter ??= Start(metadata(), text, hasher, unitKind);
            Write(cutter, Parse(carry.ToString()).Blocks, scratch, output);
        }

        if (cutter is not null && cutter.Position > 0)
        {
            text.Append('\n');
            cutter.MoveText(scratch);
            output.WriteText(scratch.Slice(0));
        }
    }

    private static UnitCutter Start(DocumentMetadata metadata, TextBuffer text, UnitHasher hasher, UnitKind unitKind) =>
        new(text, hasher, unitKind, metadata.Id, metadata.Period);

    private static void Write(UnitCutter cutter, List<(bool IsHeading, string Text)> blocks, TextBuffer scratch, StreamedText output)
    {
        foreach (var (isHeading, block) in blocks)
        {
            cutter.Block(isHeading, block);
        }

        scratch.Length = 0;
        cutter.MoveText(scratch);
        output.WriteText(scratch.Slice(0));
        scratch.Length = 0;
        output.WriteUnits(cutter.Units);
        cutter.Units.Clear();
    }

    // Cleaning never reaches across a blank line (TextNormalizer.CleanBlock), so a chunk is cleaned on its own.
    private static (List<(bool IsHeading, string Text)> Blocks, bool Open) Parse(string raw)
    {
        var cleaned = TextNormalizer.CleanBlock(raw, out var first, out var second);
        string body;
        using (first)
        using (second)
        {
            // Without a buffer and as long as the chunk, the cleaned text is the chunk (removing markers shortens it).
            body = first is null && second is null && cleaned.Length == raw.Length ? raw : cleaned.ToString();
        }

        var blocks = MarkdownBlocks.Read(body, out var open);
        return (blocks, open);
    }

    private sealed record Chunk(string Raw, Task<(List<(bool IsHeading, string Text)> Blocks, bool Open)> Parsed);
}
