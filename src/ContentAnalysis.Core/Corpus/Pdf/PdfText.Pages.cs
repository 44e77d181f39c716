using System.Runtime.InteropServices;
using UglyToad.PdfPig;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Pages into lines, on several threads for a long document.</summary>
internal static partial class PdfText
{
    /// <summary>A document with fewer pages than this per thread is read on one.</summary>
    private const int PagesPerWorker = 8;

    /// <summary>Threads reading pages by default: one a core, at most four (each holds its own parsed copy of the document).</summary>
    internal static int DefaultWorkers => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Every page's lines, and the title and author into <paramref name="fields"/>. A <see cref="PdfDocument"/> is not
    /// thread-safe, two documents are (PdfPig issues #168, #745): each further thread opens its own over the same bytes
    /// and takes the next page not yet taken. Pages are read for their glyphs only (<see cref="PdfGlyphPageFactory"/>).
    /// </summary>
    private static PageLines[] ReadPages(byte[] bytes, int workers, Dictionary<string, string> fields)
    {
        using var pdf = Open(bytes);
        if (!string.IsNullOrWhiteSpace(pdf.Information.Title))
        {
            fields["title"] = StructuredDocument.Collapse(pdf.Information.Title);
        }

        if (!string.IsNullOrWhiteSpace(pdf.Information.Author))
        {
            fields["author"] = StructuredDocument.Collapse(pdf.Information.Author);
        }

        var pages = new PageLines[pdf.NumberOfPages];
        workers = Math.Clamp(pages.Length / PagesPerWorker, 1, Math.Max(1, workers));
        var next = -1;
        void Work(PdfDocument document)
        {
            var scratch = new PageScratch();
            for (var i = Interlocked.Increment(ref next); i < pages.Length; i = Interlocked.Increment(ref next))
            {
                pages[i] = ReadPage(document.GetPage<PdfGlyphPage>(i + 1), scratch);
            }
        }

        if (workers == 1)
        {
            Work(pdf);
            return pages;
        }

        var others = Enumerable.Range(1, workers - 1).Select(_ => Task.Run(() =>
        {
            using var own = Open(bytes);
            Work(own);
        })).ToArray();
        try
        {
            Work(pdf);
        }
        finally
        {
            // Every thread finishes (or fails) before the document they read is disposed.
            Task.WaitAll(others);
        }

        return pages;
    }

    /// <summary>A document over <paramref name="bytes"/> whose pages can be read as <see cref="PdfGlyphPage"/>s.</summary>
    private static PdfDocument Open(byte[] bytes)
    {
        var pdf = PdfDocument.Open(bytes);
        pdf.AddPageFactory<PdfGlyphPage, PdfGlyphPageFactory>();
        return pdf;
    }

    private static PageLines ReadPage(PdfGlyphPage page, PageScratch scratch)
    {
        scratch.Words.Clear();
        var glyphs = CollectionsMarshal.AsSpan(page.Glyphs);
        PdfWords.Group(glyphs, scratch.Words);
        return new PageLines(page.Number, page.Height, LinesOf(glyphs, CollectionsMarshal.AsSpan(scratch.Words), page.Number, scratch));
    }

    /// <summary>Words grouped into lines: the same baseline and no gap wider than the font size.</summary>
    private static List<Line> LinesOf(ReadOnlySpan<PdfGlyph> glyphs, Span<PdfWord> words, int page, PageScratch scratch)
    {
        // Top to bottom, then left to right; the glyph index keeps the order of words at the same place fixed.
        words.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline) is var c and not 0 ? c : a.Left.CompareTo(b.Left) is var d and not 0 ? d : a.Start.CompareTo(b.Start));
        var lines = new List<Line>();
        for (var i = 0; i < words.Length;)
        {
            var first = words[i];
            var j = i + 1;
            while (j < words.Length && first.Baseline - words[j].Baseline <= 0.4 * Math.Max(first.Size, words[j].Size))
            {
                j++;
            }

            var row = words[i..j];
            row.Sort(static (a, b) => a.Left.CompareTo(b.Left) is var c and not 0 ? c : a.Start.CompareTo(b.Start));
            var start = 0;
            for (var k = 1; k <= row.Length; k++)
            {
                if (k == row.Length || row[k].Left - row[k - 1].Right > Math.Max(row[k].Size, row[k - 1].Size))
                {
                    var line = Line.Create(glyphs, row[start..k], page, scratch);
                    if (line.Text.Length > 0)
                    {
                        lines.Add(line);
                    }

                    start = k;
                }
            }

            i = j;
        }

        return lines;
    }

    /// <summary>One thread's buffers, reused from page to page.</summary>
    private sealed class PageScratch
    {
        public List<PdfWord> Words { get; } = new(1024);

        public List<(double Size, int Count)> Sizes { get; } = new(8);

        public System.Text.StringBuilder Text { get; } = new(256);
    }
}
