using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>
/// Times the stages of the streamed Markdown import on one file: reading lines and cutting chunks, cleaning, Markdig
/// on one thread, the whole streamed import (Markdig on the thread pool) and, for comparison, the whole-document
/// parse; best of a few runs, wall and CPU time.
/// </summary>
public static class MarkdownImportTimer
{
    /// <summary>Times the stages on <paramref name="file"/>.</summary>
    public static void Run(string file, UnitKind unitKind, int repeats = 3)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {new FileInfo(file).Length / 1e6:F1} MB, {unitKind} units"));
        foreach (var onDisk in new[] { false, true })
        {
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            Best(onDisk ? "whole streamed import (spooled)" : "whole streamed import (memory)", repeats, () =>
            {
                using var reader = MarkdownReader.Read(file, "f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, onDisk);
                return reader.Output.UnitCount;
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  collections gen0/1/2: {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}"));
        }
        var chunks = Best("lines + furniture + chunks", repeats, () => Chunks(file));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {chunks.Count} chunks"));
        Best("clean chunks (one thread)", repeats, () => chunks.Sum(c => TextNormalizer.Clean(c).Length));
        var cleaned = chunks.Select(TextNormalizer.Clean).ToList();
        Best("Markdig + blocks (one thread)", repeats, () => cleaned.Sum(c => MarkdownBlocks.Read(c, out _).Count));
        var blocks = cleaned.Select(c => MarkdownBlocks.Read(c, out _)).ToList();
        Best("cut + write rows (one thread)", repeats, () =>
        {
            using var output = new StreamedText(onDisk: false);
            using var text = new TextBuffer(1 << 20);
            using var hasher = new UnitHasher();
            var cutter = new UnitCutter(text, hasher, unitKind, "doc", "war");
            foreach (var chunk in blocks)
            {
                foreach (var (isHeading, block) in chunk)
                {
                    cutter.Block(isHeading, block);
                }

                output.WriteText(text.Slice(0));
                text.Length = 0;
                output.WriteUnits(cutter.Units);
                cutter.Units.Clear();
            }

            output.Complete();
            return output.UnitCount;
        });
        Best("whole-document parse (before)", Math.Min(repeats, 2), () =>
        {
            var text = TextNormalizer.NormalizeLines(StrictUtf8.Decode(File.ReadAllBytes(file), "f"));
            var body = FrontMatter.Split(text, "f").Body;
            return DocumentParser.Parse(TextNormalizer.Clean(body), markdown: true, unitKind, "doc", "war").Units.Count;
        });
    }

    private static List<string> Chunks(string file)
    {
        var chunks = new List<string>();
        using var chunker = new MarkdownChunker(MarkdownReader.ChunkChars, chunks.Add);
        using var filter = new PageFurnitureFilter(null, chunker.Line);
        TextLineReader.Read(file, "f", filter.Line);
        chunker.Finish();
        return chunks;
    }

    private static T Best<T>(string stage, int repeats, Func<T> action) => StageClock.Best(stage, repeats, action, 32);
}
