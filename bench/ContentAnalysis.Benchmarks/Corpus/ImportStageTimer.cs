using System.Globalization;
using System.Security.Cryptography;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>
/// Times each stage of <c>qcat corpus import</c> on a folder of files, one core, summed over the files
/// (best of a few runs), then the whole import; shows where the import spends its time without a profiler.
/// </summary>
public static class ImportStageTimer
{
    /// <summary>Times the stages whose names start with one of <paramref name="only"/> (all when empty); the others run once, unprinted, for their results.</summary>
    public static void Run(string directory, UnitKind unitKind, int repeats = 3, IReadOnlyList<string>? only = null)
    {
        _only = only ?? [];
        var files = Directory.GetFiles(directory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var megabytes = files.Sum(f => new FileInfo(f).Length) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {megabytes:F1} MB, {unitKind} units"));
        var bytes = Best("read files", repeats, () => files.Select(File.ReadAllBytes).ToList());
        Best("file hash (SHA-256)", repeats, () => bytes.Sum(b => SHA256.HashData(b)[0]));
        var decoded = Best("strict UTF-8 decode", repeats, () => bytes.Select(b => StrictUtf8.Decode(b, "f")).ToList());
        var lines = Best("line ends + NFC", repeats, () => decoded.Select(TextNormalizer.NormalizeLines).ToList());
        var bodies = Best("front matter", repeats, () => lines.Select(t => FrontMatter.Split(t, "f").Body).ToList());
        var unfurnished = Best("page furniture", repeats, () => bodies.Select(PageFurniture.Remove).ToList());
        var joined = Best("hyphenation", repeats, () => unfurnished.Select(TextNormalizer.JoinHyphenation).ToList());
        var cleaned = Best("footnote markers", repeats, () => joined.Select(TextNormalizer.RemoveFootnoteMarkers).ToList());
        var markdown = files.Select(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var parsed = Best("parse (blocks, units, hashes)", repeats, () => cleaned.Select((b, i) => DocumentParser.Parse(b, markdown[i], unitKind, "doc", "war")).ToList());
        for (var round = 0; round < 2; round++)
        {
            // Interleaved, so both see the same load.
            Best("unit hashes", repeats, () => parsed.Sum(p =>
            {
                using var hasher = new UnitHasher();
                return p.Units.Sum(u => hasher.Hash(p.Text.AsSpan(u.Start, u.Length)).Length);
            }));
            Best("unit hashes, system SHA-256", repeats, () => parsed.Sum(p => p.Units.Sum(u => SystemHash(p.Text.AsSpan(u.Start, u.Length)).Length)));
        }

        Best("sentence split alone", repeats, () => parsed.Sum(p => p.Text.Split("\n\n").Sum(b => SentenceSplitter.Split(b).Count)));
        Best("units table (CSV, memory)", repeats, () =>
        {
            using var buffer = new MemoryStream();
            CsvTable.Write(buffer, CorpusStore.UnitColumns, parsed.SelectMany(p => p.Units).Select(u => new[]
            {
                u.Id, u.DocumentId, u.Ordinal.ToString(CultureInfo.InvariantCulture), u.Section, u.Start.ToString(CultureInfo.InvariantCulture),
                u.Length.ToString(CultureInfo.InvariantCulture), u.Hash, u.Period,
            }));
            return buffer.Length;
        });

        Best("units table (CSV, fields)", repeats, () =>
        {
            using var buffer = new MemoryStream();
            using (var csv = CsvHelper.CsvWriter.Create(buffer, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
            {
                csv.WriteHeader([.. CorpusStore.UnitColumns]);
                foreach (var u in parsed.SelectMany(p => p.Units))
                {
                    csv.WriteField(u.Id);
                    csv.WriteField(u.DocumentId);
                    csv.WriteField(u.Ordinal, default);
                    csv.WriteField(u.Section);
                    csv.WriteField(u.Start, default);
                    csv.WriteField(u.Length, default);
                    csv.WriteField(u.Hash);
                    csv.WriteField(u.Period);
                    csv.EndRecord();
                }
            }

            return buffer.Length;
        });
        var documents = parsed.Select((p, i) => new CorpusDocument(new DocumentMetadata($"doc-{i:D3}", "", "", "", "", "war"), "sentence", "hash", "2026-01-01T00:00:00Z")).ToList();
        var unitsByDocument = documents.Select((d, i) => (d.Id, Units: parsed[i].Units.Select(u => u with { Id = d.Id + u.Id[3..], DocumentId = d.Id }).ToList())).ToDictionary(p => p.Id, p => p.Units);
        var texts = documents.Select((d, i) => (d.Id, parsed[i].Text)).ToDictionary(p => p.Id, p => p.Text);
        var saveRoot = Path.Combine(Path.GetTempPath(), "qcat-import-timer-save-" + Guid.NewGuid().ToString("N"));
        try
        {
            Best("save (texts, tables, fsync)", repeats, () =>
            {
                if (Directory.Exists(saveRoot))
                {
                    Directory.Delete(saveRoot, recursive: true);
                }

                CorpusStore.Save(new ProjectLayout(saveRoot), documents, unitsByDocument, texts);
                return 0;
            });
        }
        finally
        {
            Directory.Delete(saveRoot, recursive: true);
        }

        var root = Path.Combine(Path.GetTempPath(), "qcat-import-timer-" + Guid.NewGuid().ToString("N"));
        try
        {
            Best("whole import (both cores)", repeats, () =>
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }

                return CorpusImporter.Import(new ProjectLayout(root), files, new CorpusImportOptions { UnitKind = unitKind }).Count;
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // DocumentParser.HashUnit as it was before the managed SHA-256, for comparison (units of up to 256 bytes only).
    private static string SystemHash(ReadOnlySpan<char> text)
    {
        Span<byte> buffer = stackalloc byte[1024];
        var written = System.Text.Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer[..written], hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static IReadOnlyList<string> _only = [];

    private static T Best<T>(string stage, int repeats, Func<T> action)
    {
        if (_only.Count > 0 && !_only.Any(o => stage.StartsWith(o, StringComparison.Ordinal)))
        {
            return action();
        }

        return StageClock.Best(stage, repeats, action, 30);
    }
}
