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

    /// <summary>Reads <paramref name="path"/> as the importer does (PdfPig, layout, units) and prints MB/s per repeat.</summary>
    public static void Time(string path, int repeats)
    {
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i < repeats; i++)
        {
            var stage = Stopwatch.StartNew();
            using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
            {
                var letters = pdf.GetPages().Sum(p => p.Letters.Count);
                var lettersTime = stage.Elapsed.TotalSeconds;
                var words = pdf.GetPages().Sum(p => p.GetWords().Count());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PdfPig letters {letters}: {lettersTime:F2} s; words {words}: {stage.Elapsed.TotalSeconds - lettersTime:F2} s more"));
            }

            var watch = Stopwatch.StartNew();
            var document = PdfText.Read(bytes, path);
            var parsed = DocumentParser.ParseBlocks(document, UnitKind.Paragraph, "bench", string.Empty);
            watch.Stop();
            var megabytes = bytes.Length / 1_000_000.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{megabytes:F2} MB, {parsed.Units.Count} units: {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F2} MB/s"));
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
