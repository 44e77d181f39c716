using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>
/// Times the stages of the streamed <c>.txt</c> import on one file (one core): reading lines, page furniture, and the
/// whole cut into text and unit rows; best of a few runs, wall and CPU time.
/// </summary>
public static class StreamedImportTimer
{
    /// <summary>Times the stages on <paramref name="file"/>.</summary>
    public static void Run(string file, UnitKind unitKind, int repeats = 3)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {new FileInfo(file).Length / 1e6:F1} MB, {unitKind} units"));
        Best("read bytes + SHA-256", repeats, () =>
        {
            using var stream = File.OpenRead(file);
            return System.Security.Cryptography.SHA256.HashData(stream).Length;
        });
        Best("lines (UTF-8, line ends, NFC)", repeats, () =>
        {
            long chars = 0;
            TextLineReader.Read(file, "f", (line, _) => chars += line.Length);
            return chars;
        });
        Best("lines + page furniture", repeats, () =>
        {
            long chars = 0;
            using var filter = new PageFurnitureFilter(null, (line, _) => chars += line.Length);
            TextLineReader.Read(file, "f", filter.Line);
            return filter.RunningLines().Count;
        });
        Best("lines + furniture + cut", repeats, () =>
        {
            var count = 0;
            using var cutter = new PlainTextCutter("f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, null, batch =>
            {
                count += batch.Units.Count;
                batch.Dispose();
            }, 1 << 16);
            cutter.Read(file);
            return count;
        });
        Best("whole streamed cut (memory)", repeats, () =>
        {
            using var reader = PlainTextReader.Read(file, "f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, onDisk: false);
            return reader.Output.UnitCount;
        });
        Best("whole streamed cut (spooled)", repeats, () =>
        {
            using var reader = PlainTextReader.Read(file, "f", _ => new DocumentMetadata("doc", "", "", "", "", "war"), unitKind, onDisk: true);
            return reader.Output.UnitCount;
        });
    }

    private static T Best<T>(string stage, int repeats, Func<T> action) => StageClock.Best(stage, repeats, action, 32);
}
