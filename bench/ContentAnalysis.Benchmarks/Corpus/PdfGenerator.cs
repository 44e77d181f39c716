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
    /// Reads <paramref name="path"/> as the importer does (PdfPig, layout, units) and prints MB/s per repeat: first
    /// PdfPig's own stages in one pass over the pages (letters; its <c>GetWords()</c>, which qcat no longer calls; qcat's
    /// word grouping over the same letters), then <c>PdfText.Read</c> on one thread and on the default number, and the
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

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PdfPig open and letters {letters}: {lettersTime:F2} s; PdfPig GetWords() {words}: {wordsTime:F2} s; qcat's grouping {grouped}: {groupTime:F2} s"));
            foreach (var workers in new[] { 1, PdfText.DefaultWorkers })
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var document = PdfText.Read(bytes, path, workers);
                var read = watch.Elapsed.TotalSeconds;
                var parsed = DocumentParser.ParseBlocks(document, UnitKind.Paragraph, "bench", string.Empty);
                watch.Stop();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{megabytes:F2} MB, {parsed.Units.Count} units, {workers} thread(s): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F2} MB/s (PdfText.Read {read:F2} s, units {watch.Elapsed.TotalSeconds - read:F2} s; CPU {cpu.TotalSeconds:F2} s)"));
            }
        }
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
