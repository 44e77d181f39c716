using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Reads a PDF's text layer with PdfPig into a <see cref="StructuredDocument"/>: words from the glyphs (ligature glyphs
/// as their letters), lines and columns from their positions, reading order by a recursive XY cut, paragraphs from line
/// spacing and first-line indentation, words hyphenated across lines, columns and pages joined, running heads and page
/// numbers (the same text, digits aside, at the same height on two or more pages, in the top or bottom band) and
/// footnotes (lines in a smaller font below the body, each starting with its number) taken out of the body; the notes
/// become units of their own (<see cref="StructuredDocument.NotesSection"/>). Title and author come from the document
/// information. A PDF without a text layer is refused: there is no OCR.
/// </summary>
internal static partial class PdfText
{
    /// <summary>Lines in a font at least this much smaller than the body's are footnote candidates.</summary>
    private const double SmallFontRatio = 0.9;

    /// <summary>Lines in a font at least this much larger than the body's are headings.</summary>
    private const double HeadingFontRatio = 1.15;

    /// <summary>Running heads and page numbers lie in this share of the page height at the top or bottom.</summary>
    private const double MarginBand = 0.15;

    /// <summary>Reads <paramref name="bytes"/> as a PDF.</summary>
    /// <exception cref="InputException">The file is not a readable PDF, or it has no text layer.</exception>
    public static StructuredDocument Read(byte[] bytes, string display) => Read(bytes, display, DefaultWorkers);

    /// <summary>Reads <paramref name="bytes"/> as a PDF, its pages on up to <paramref name="workers"/> threads.</summary>
    /// <exception cref="InputException">The file is not a readable PDF, or it has no text layer.</exception>
    internal static StructuredDocument Read(byte[] bytes, string display, int workers)
    {
        var result = new StructuredDocument();
        PageLines[] pages;
        try
        {
            pages = ReadPages(bytes, workers, result.Fields);
        }
        catch (Exception e) when (Inner(e) is not (OutOfMemoryException or InputException))
        {
            throw new InputException(CorpusDiagnostics.PdfUnreadable(display));
        }

        if (pages.All(p => p.Lines.Count == 0))
        {
            throw new InputException(CorpusDiagnostics.PdfWithoutText(display));
        }

        var bodySize = BodySize(pages);
        RemoveFurniture(pages);
        var notes = new List<Line>[pages.Length];
        ForEachPage(pages.Length, workers, i => XyCut([.. FootnoteLines(pages[i].Lines, bodySize)], notes[i] = [], bodySize));

        // Small print under the body before the first numbered note of the document (a caption, a licence line) stays in the body.
        foreach (var pageNotes in notes)
        {
            var first = pageNotes.FindIndex(l => NoteNumber().IsMatch(l.RawText));
            pageNotes.RemoveRange(0, first < 0 ? pageNotes.Count : first);
            if (pageNotes.Count > 0)
            {
                break;
            }
        }

        var ordered = new List<Line>[pages.Length];
        ForEachPage(pages.Length, workers, i => XyCut([.. pages[i].Lines.Except(notes[i])], ordered[i] = [], bodySize));
        var body = ordered.SelectMany(o => o).ToList();
        var noteLines = notes.SelectMany(n => n).ToList();
        result.Notes.AddRange(Notes(noteLines));
        Paragraphs(body, bodySize, result);
        return result;
    }

    /// <summary>The font size of most letters: the body text's.</summary>
    private static double BodySize(PageLines[] pages) =>
        pages.SelectMany(p => p.Lines).GroupBy(l => l.Size).OrderByDescending(g => g.Sum(l => l.Text.Length)).ThenBy(g => g.Key).First().Key;

    /// <summary>Takes out lines whose text (digits aside) recurs at the same height in the top or bottom band of two or more pages.</summary>
    private static void RemoveFurniture(PageLines[] pages)
    {
        bool InBand(PageLines page, Line line) => line.Baseline > page.Height * (1 - MarginBand) || line.Baseline < page.Height * MarginBand;
        var candidates = pages.SelectMany(p => p.Lines.Where(l => l.Text.Length <= 80 && InBand(p, l)).Select(l => (Page: p, Line: l))).ToList();
        var repeated = candidates
            .GroupBy(c => (Digits().Replace(c.Line.Text, "#"), Math.Round(c.Line.Baseline / 2)))
            .Where(g => g.Select(c => c.Page.Number).Distinct().Count() >= 2)
            .SelectMany(g => g.Select(c => c.Line))
            .ToHashSet();
        foreach (var page in pages)
        {
            // A lone page number at the very top or bottom of a page is furniture even where no other page has one.
            var top = page.Lines.Count == 0 ? null : page.Lines.MaxBy(l => l.Baseline);
            var bottom = page.Lines.Count == 0 ? null : page.Lines.MinBy(l => l.Baseline);
            page.Lines.RemoveAll(l => repeated.Contains(l) || ((l == top || l == bottom) && InBand(page, l) && PageNumber().IsMatch(l.Text)));
        }
    }

    /// <summary>
    /// The footnote lines of a page: in a smaller font than the body and below every body line they share a column with,
    /// from the first one that starts with a number (a note continued from the page before starts without one).
    /// </summary>
    private static HashSet<Line> FootnoteLines(List<Line> lines, double bodySize)
    {
        var small = lines.Where(l => l.Size < bodySize * SmallFontRatio).ToList();
        var bodyLines = lines.Where(l => l.Size >= bodySize * SmallFontRatio).ToList();
        return small.Where(l => bodyLines.All(b => b.Right <= l.Left || b.Left >= l.Right || b.Baseline > l.Baseline)).ToHashSet();
    }

    /// <summary>Note lines into notes: a line starting with a number starts a note, the others continue it.</summary>
    private static List<string> Notes(List<Line> lines)
    {
        var notes = new List<List<Line>>();
        foreach (var line in lines)
        {
            if (NoteNumber().IsMatch(line.RawText) || notes.Count == 0)
            {
                notes.Add([line]);
            }
            else
            {
                notes[^1].Add(line);
            }
        }

        return [.. notes.Select(n => NoteNumber().Replace(Join(n.Select(l => l.RawText)), "$1 "))];
    }

    /// <summary>Body lines in reading order into headings and paragraphs.</summary>
    private static void Paragraphs(List<Line> lines, double bodySize, StructuredDocument result)
    {
        var runs = ColumnRuns(lines);
        var pitch = LinePitch(runs, bodySize);
        var indent = 0.8 * bodySize;
        var indentedStyle = runs.Any(r => r.Lines.Skip(1).Any(l => l.Left - r.Left > indent && l.Size < bodySize * HeadingFontRatio));
        var paragraph = new List<string>();
        var heading = new List<string>();
        void Flush()
        {
            if (heading.Count > 0)
            {
                result.AddHeading(string.Join(' ', heading));
                heading.Clear();
            }

            if (paragraph.Count > 0)
            {
                result.AddParagraph(Join(paragraph));
                paragraph.Clear();
            }
        }

        Line? previous = null;
        foreach (var run in runs)
        {
            for (var i = 0; i < run.Lines.Count; i++)
            {
                var line = run.Lines[i];
                if (line.Size >= bodySize * HeadingFontRatio)
                {
                    if (paragraph.Count > 0)
                    {
                        Flush();
                    }

                    heading.Add(line.Text);
                    previous = line;
                    continue;
                }

                var indented = line.Left - run.Left > indent;
                bool starts;
                if (previous is null || heading.Count > 0 || paragraph.Count == 0)
                {
                    starts = true;
                }
                else if (i == 0)
                {
                    // A new column or page: the paragraph goes on unless the first line says it is new.
                    starts = indentedStyle ? indented : !ContinuesAfterBreak(paragraph[^1], line.Text);
                }
                else
                {
                    starts = previous.Baseline - line.Baseline > 1.5 * pitch || (indented && !(previous.Left - run.Left > indent));
                }

                if (starts)
                {
                    Flush();
                }

                paragraph.Add(line.Text);
                previous = line;
            }
        }

        Flush();
    }

    // Without indentation to go by, a paragraph runs on over a break when it ends mid-sentence or the next line starts lower-case.
    private static bool ContinuesAfterBreak(string before, string after) =>
        before.EndsWith('-') || !SentenceEnd().IsMatch(before) || (after.Length > 0 && char.IsLower(after[0]));

    /// <summary>Lines cut into runs that read down one column: a run ends where the next line is not below it in the same column.</summary>
    private static List<ColumnRun> ColumnRuns(List<Line> lines)
    {
        var runs = new List<ColumnRun>();
        List<Line>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = i > 0 ? lines[i - 1] : null;
            if (current is null || previous is null || previous.Page != line.Page || line.Baseline >= previous.Baseline || line.Left >= previous.Right || line.Right <= previous.Left)
            {
                current = [];
                runs.Add(new ColumnRun(current));
            }

            current.Add(line);
        }

        return runs;
    }

    /// <summary>
    /// The usual distance between the baselines of two lines of body text in a column: the lower quartile, so that wide
    /// gaps between paragraphs do not count; 1.2 times the body size when there are no such pairs.
    /// </summary>
    private static double LinePitch(List<ColumnRun> runs, double bodySize)
    {
        var gaps = runs.SelectMany(r => r.Lines.Zip(r.Lines.Skip(1)))
            .Where(p => p.First.Size == bodySize && p.Second.Size == bodySize)
            .Select(p => p.First.Baseline - p.Second.Baseline)
            .Where(g => g > 0)
            .Order()
            .ToList();
        return gaps.Count == 0 ? 1.2 * bodySize : gaps[gaps.Count / 4];
    }

    /// <summary>Joins a paragraph's lines: a hyphen at a line end before a lower-case letter is a word break and goes.</summary>
    private static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length == 0)
            {
                text.Append(line);
            }
            else if (text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && line.Length > 0)
            {
                if (char.IsLower(line[0]))
                {
                    text.Length--;
                }

                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Orders lines for reading by a recursive XY cut: a vertical gap through the whole region (a column gutter) splits
    /// it first, left before right; otherwise the widest horizontal gap splits it, top before bottom.
    /// </summary>
    private static void XyCut(List<Line> items, List<Line> output, double bodySize)
    {
        // Sorted once, with the position in items as the last key (a stable sort's order); a region's lines keep that
        // order when they are filtered out of their parent's, so no region is sorted again.
        var byLeft = items.Select((l, i) => (Line: l, Index: i)).ToArray();
        var byTop = byLeft.ToArray();
        Array.Sort(byLeft, static (a, b) => a.Line.Left.CompareTo(b.Line.Left) is var c and not 0 ? c : a.Index.CompareTo(b.Index));
        Array.Sort(byTop, static (a, b) => b.Line.Top.CompareTo(a.Line.Top) is var c and not 0 ? c : a.Line.Left.CompareTo(b.Line.Left) is var d and not 0 ? d : a.Index.CompareTo(b.Index));
        XyCut([.. byLeft.Select(p => p.Line)], [.. byTop.Select(p => p.Line)], output, bodySize);
    }

    private static void XyCut(ReadOnlySpan<Line> byLeft, ReadOnlySpan<Line> byTop, List<Line> output, double bodySize)
    {
        if (byLeft.Length <= 1)
        {
            output.AddRange(byLeft);
            return;
        }

        var (cutX, widestX) = (0.0, 0.0);
        var right = byLeft[0].Right;
        for (var i = 1; i < byLeft.Length; i++)
        {
            if (byLeft[i].Left - right > widestX)
            {
                (cutX, widestX) = (right, byLeft[i].Left - right);
            }

            right = Math.Max(right, byLeft[i].Right);
        }

        if (widestX > 0.5 * bodySize)
        {
            Region(byLeft, byTop, static (l, cut) => l.Right <= cut, cutX, output, bodySize);
            Region(byLeft, byTop, static (l, cut) => l.Right > cut, cutX, output, bodySize);
            return;
        }

        var (cutY, widestY) = (0.0, 0.0);
        var bottom = byTop[0].Bottom;
        for (var i = 1; i < byTop.Length; i++)
        {
            if (bottom - byTop[i].Top > widestY)
            {
                (cutY, widestY) = (bottom, bottom - byTop[i].Top);
            }

            bottom = Math.Min(bottom, byTop[i].Bottom);
        }

        if (widestY > 0)
        {
            Region(byLeft, byTop, static (l, cut) => l.Bottom >= cut, cutY, output, bodySize);
            Region(byLeft, byTop, static (l, cut) => l.Bottom < cut, cutY, output, bodySize);
            return;
        }

        output.AddRange(byTop);
    }

    /// <summary>
    /// The XY cut of the lines of a region that are <paramref name="inside"/> a cut at <paramref name="cut"/>, filtered
    /// out of the parent's orders into pooled buffers (a column of evenly spaced lines is cut one line at a time, so fresh
    /// arrays at every step would cost the square of its length).
    /// </summary>
    private static void Region(ReadOnlySpan<Line> byLeft, ReadOnlySpan<Line> byTop, Func<Line, double, bool> inside, double cut, List<Line> output, double bodySize)
    {
        var left = ArrayPool<Line>.Shared.Rent(byLeft.Length);
        var top = ArrayPool<Line>.Shared.Rent(byTop.Length);
        try
        {
            var (n, m) = (0, 0);
            foreach (var line in byLeft)
            {
                if (inside(line, cut))
                {
                    left[n++] = line;
                }
            }

            foreach (var line in byTop)
            {
                if (inside(line, cut))
                {
                    top[m++] = line;
                }
            }

            XyCut(left.AsSpan(0, n), top.AsSpan(0, m), output, bodySize);
        }
        finally
        {
            ArrayPool<Line>.Shared.Return(left, clearArray: true);
            ArrayPool<Line>.Shared.Return(top, clearArray: true);
        }
    }

    /// <summary>Runs <paramref name="action"/> for every page index, on up to <paramref name="workers"/> threads for a long document.</summary>
    private static void ForEachPage(int pages, int workers, Action<int> action)
    {
        workers = Math.Clamp(pages / PagesPerWorker, 1, Math.Max(1, workers));
        if (workers == 1)
        {
            for (var i = 0; i < pages; i++)
            {
                action(i);
            }

            return;
        }

        Parallel.For(0, pages, new ParallelOptions { MaxDegreeOfParallelism = workers }, action);
    }

    // Parallel page reading fails with an AggregateException around the page's own exception.
    private static Exception Inner(Exception e) => e is AggregateException { InnerExceptions: [var inner] } ? Inner(inner) : e;

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:(?:page|p\.|seite)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(\d{1,3})\.?(?:\s+|(?=\p{Lu}))")]
    private static partial Regex NoteNumber();

    [GeneratedRegex(@"[.!?…:;][""”’)\]]*$")]
    private static partial Regex SentenceEnd();

    private sealed record PageLines(int Number, double Height, List<Line> Lines);

    private sealed record ColumnRun(List<Line> Lines)
    {
        private double? _left;

        /// <summary>The left edge of the column: its leftmost line's (computed once the run is complete).</summary>
        public double Left => _left ??= Lines.Min(l => l.Left);
    }
}
