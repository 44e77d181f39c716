using System.Diagnostics;
using System.Globalization;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>
/// A journal-article-like PDF for measuring PDF import (issue 11): A4 pages of two columns of 10 pt Helvetica on a 12 pt
/// pitch (54 lines a column), indented paragraphs of 8 lines, a running head, a page number and two 8 pt footnotes per
/// page. Text only, so every byte is text to read: the slowest case in MB/s (real PDFs carry fonts and images).
/// </summary>
internal static class PdfGenerator
{
    private static readonly string[] Words =
        ["Russia", "mediator", "ceasefire", "conflict", "Azerbaijan", "Armenia", "the", "of", "and", "peacekeepers", "Moscow",
         "balancing", "security", "guarantor", "arms", "supplier", "talks", "war", "in", "a", "to", "official", "statement",
         "Karabakh", "significant", "influence", "region", "treaty", "deployment", "border"];

    public static void Write(string path, int pages)
    {
        var random = new Random(2021);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.DocumentInformation.Title = "Generated paper";
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText("Journal of Generated Studies 1 (2026)", 8, new PdfPoint(50, 810), font);
            foreach (var x in new[] { 50.0, 315.0 })
            {
                for (var line = 0; line < 54; line++)
                {
                    var indent = line % 8 == 0 ? 15 : 0;
                    page.AddText(Line(random, 34 - (indent / 5)), 10, new PdfPoint(x + indent, 760 - (12 * line)), font);
                }
            }

            page.AddText(string.Create(CultureInfo.InvariantCulture, $"{(2 * p) - 1} A. Author, A generated source, Baku {2000 + (p % 25)}, p. {p}."), 8, new PdfPoint(50, 80), font);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"{2 * p} Ibid., p. {p + 1}."), 8, new PdfPoint(50, 70), font);
            page.AddText(p.ToString(CultureInfo.InvariantCulture), 10, new PdfPoint(297, 40), font);
        }

        File.WriteAllBytes(path, builder.Build());
    }

    /// <summary>
    /// A PDF closer to a journal article as published (issue 11's "realistic" case): A4 pages of one column of 11 pt
    /// Liberation Serif (embedded TrueType, as journal PDFs embed their fonts) on a 14 pt pitch with wide margins (40 lines
    /// a page), indented paragraphs of 7 lines, a running head, a page number, one 8 pt footnote a page, and a figure (an
    /// embedded 360 × 240 PNG of noisy gradients, about what a chart or photo costs) on every sixth page.
    /// </summary>
    public static void WriteJournal(string path, int pages)
    {
        var random = new Random(2021);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"));
        builder.DocumentInformation.Title = "Generated journal article";
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Caucasus Survey {p % 7} (2026)"), 8, new PdfPoint(72, 800), font);
            var lines = 40;
            if (p % 6 == 1)
            {
                page.AddPng(Png(random, 360, 240), new PdfRectangle(117, 500, 477, 740));
                page.AddText(string.Create(CultureInfo.InvariantCulture, $"Figure {(p / 6) + 1}. {Line(random, 40)}."), 9, new PdfPoint(117, 486), font);
                lines = 22;
            }

            for (var line = 0; line < lines; line++)
            {
                var indent = line % 7 == 0 ? 18 : 0;
                page.AddText(Line(random, 70 - (indent / 5)), 11, new PdfPoint(72 + indent, 740 - ((40 - lines) * 14) - (14 * line)), font);
            }

            page.AddText(string.Create(CultureInfo.InvariantCulture, $"{p} A. Author, {Line(random, 30)}, Baku {2000 + (p % 25)}, p. {p}."), 8, new PdfPoint(72, 100), font);
            page.AddText(p.ToString(CultureInfo.InvariantCulture), 10, new PdfPoint(297, 50), font);
        }

        File.WriteAllBytes(path, builder.Build());
    }

    /// <summary>
    /// Reads <paramref name="path"/> as the importer does (PdfPig, layout, units) and prints MB/s per repeat: first
    /// PdfPig's own stages in one pass over the pages (letters; its <c>GetWords()</c>, which qcat no longer calls; qcat's
    /// word grouping over the same letters), the same pages read for their glyphs only (<see cref="PdfGlyphPageFactory"/>,
    /// as the importer reads them), then <c>PdfText.Read</c> on one thread and on the default number, and the
    /// cutting into units.
    /// </summary>
    public static void Time(string path, int repeats)
    {
        var bytes = File.ReadAllBytes(path);
        var megabytes = bytes.Length / 1_000_000.0;
        for (var i = 0; i < repeats; i++)
        {
            // One pass over the pages, as the importer makes it (PdfPig parses a page again on every GetPage).
            var stage = Stopwatch.StartNew();
            var (letters, words, grouped, lettersTime, wordsTime, groupTime) = (0, 0, 0, 0.0, 0.0, 0.0);
            var glyphs = new List<PdfGlyph>();
            var ours = new List<PdfWord>();
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
            {
                foreach (var page in pdf.GetPages())
                {
                    letters += page.Letters.Count;
                    lettersTime += stage.Elapsed.TotalSeconds;
                    stage.Restart();
                    words += page.GetWords().Count();
                    wordsTime += stage.Elapsed.TotalSeconds;
                    stage.Restart();
                    glyphs.Clear();
                    ours.Clear();
                    glyphs.AddRange(page.Letters.Select(PdfGlyph.From));
                    PdfWords.Group(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(glyphs), ours);
                    grouped += ours.Count;
                    groupTime += stage.Elapsed.TotalSeconds;
                    stage.Restart();
                }
            }

            // The same pages read for their glyphs only, as the importer reads them (no Letter objects, paths or images).
            stage.Restart();
            var textOnly = 0;
            var textOnlyCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var textOnlyBytes = GC.GetTotalAllocatedBytes(precise: true);
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
            {
                pdf.AddPageFactory<PdfGlyphPage, PdfGlyphPageFactory>();
                for (var p = 1; p <= pdf.NumberOfPages; p++)
                {
                    textOnly += pdf.GetPage<PdfGlyphPage>(p).Glyphs.Count;
                }
            }

            var textOnlyTime = stage.Elapsed.TotalSeconds;
            textOnlyCpu = Process.GetCurrentProcess().TotalProcessorTime - textOnlyCpu;
            textOnlyBytes = GC.GetTotalAllocatedBytes(precise: true) - textOnlyBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PdfPig open and letters {letters}: {lettersTime:F2} s; PdfPig GetWords() {words}: {wordsTime:F2} s; qcat's grouping {grouped}: {groupTime:F2} s; open and text-only glyphs {textOnly}: {textOnlyTime:F2} s (CPU {textOnlyCpu.TotalSeconds:F2} s, {textOnlyBytes / 1e6:F0} MB allocated)"));
            foreach (var workers in new[] { 1, PdfText.DefaultWorkers })
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var document = PdfText.Read(bytes, path, workers);
                var read = watch.Elapsed.TotalSeconds;
                var parsed = DocumentParser.ParseBlocks(document, UnitKind.Paragraph, "bench", string.Empty);
                watch.Stop();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{megabytes:F2} MB, {parsed.Units.Count} units, {workers} thread(s): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F2} MB/s (PdfText.Read {read:F2} s, units {watch.Elapsed.TotalSeconds - read:F2} s; CPU {cpu.TotalSeconds:F2} s; {allocated / 1e6:F0} MB allocated)"));
            }
        }
    }

    /// <summary>An RGB PNG of gradients with noise (so it compresses like a photo or a detailed chart, not like a flat fill).</summary>
    private static byte[] Png(Random random, int width, int height)
    {
        var raw = new byte[(1 + (3 * width)) * height];
        for (int y = 0, i = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                raw[i++] = (byte)((x * 255 / width) ^ random.Next(32));
                raw[i++] = (byte)((y * 255 / height) ^ random.Next(32));
                raw[i++] = (byte)(128 + random.Next(64));
            }
        }

        using var zlib = new MemoryStream();
        using (var deflate = new System.IO.Compression.ZLibStream(zlib, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(raw);
        }

        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2); // 8 bits a channel, RGB
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", zlib.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(MemoryStream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    // The CRC-32 (ISO 3309, polynomial 0xEDB88320) every PNG chunk ends with.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static string Line(Random random, int characters)
    {
        var words = new List<string>();
        var length = 0;
        while (length < characters)
        {
            var word = Words[random.Next(Words.Length)];
            words.Add(word);
            length += word.Length + 1;
        }

        return string.Join(' ', words);
    }
}
