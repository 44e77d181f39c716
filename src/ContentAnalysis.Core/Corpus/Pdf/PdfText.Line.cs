using System.Globalization;

namespace ContentAnalysis.Core.Corpus;

/// <summary>The line type of the layout.</summary>
internal static partial class PdfText
{
    /// <summary>A line of one column: its words' text, box, baseline and main font size.</summary>
    private sealed class Line
    {
        /// <summary>The text without footnote markers.</summary>
        public required string Text { get; init; }

        /// <summary>The text with every glyph (a note's own number may be raised).</summary>
        public required string RawText { get; init; }

        public required int Page { get; init; }

        public required double Left { get; init; }

        public required double Right { get; init; }

        public required double Top { get; init; }

        public required double Bottom { get; init; }

        public required double Baseline { get; init; }

        public required double Size { get; init; }

        /// <summary>The line of <paramref name="words"/> (left to right) over the page's <paramref name="glyphs"/>.</summary>
        public static Line Create(ReadOnlySpan<PdfGlyph> glyphs, ReadOnlySpan<PdfWord> words, int page, PageScratch scratch)
        {
            var size = MainSize(glyphs, words, scratch.Sizes);
            var baseline = double.MaxValue;
            var (left, right, top, bottom) = (double.MaxValue, double.MinValue, double.MinValue, double.MaxValue);
            foreach (var word in words)
            {
                if (Math.Abs(word.Size - size) < 0.05)
                {
                    baseline = Math.Min(baseline, word.Baseline);
                }

                left = Math.Min(left, word.Left);
                right = Math.Max(right, word.Right);
                top = Math.Max(top, word.Top);
                bottom = Math.Min(bottom, word.Bottom);
            }

            if (baseline == double.MaxValue)
            {
                baseline = words[0].Baseline;
            }

            // Footnote markers: digits (or *, †, ‡) in a smaller font raised above the line's baseline.
            bool IsMarker(in PdfGlyph g) => g.Size < size * 0.85 && g.Baseline > baseline + (0.2 * size) && g.Value.Length == 1 && (char.IsDigit(g.Value[0]) || g.Value[0] is '*' or '†' or '‡');
            var builder = scratch.Text.Clear();
            var markers = false;
            foreach (var word in words)
            {
                var mark = builder.Length;
                if (mark > 0)
                {
                    builder.Append(' ');
                }

                var empty = true;
                foreach (var glyph in glyphs[word.Start..word.End])
                {
                    if (!IsMarker(glyph))
                    {
                        builder.Append(glyph.Value);
                        empty = false;
                    }
                    else
                    {
                        markers = true;
                    }
                }

                if (empty)
                {
                    builder.Length = mark;
                }
            }

            var text = StructuredDocument.Collapse(builder.ToString());

            // Without markers the raw text is the same words with the same spaces: most lines.
            var raw = text;
            if (markers)
            {
                builder.Clear();
                foreach (var word in words)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    foreach (var glyph in glyphs[word.Start..word.End])
                    {
                        builder.Append(glyph.Value);
                    }
                }

                raw = StructuredDocument.Collapse(builder.ToString());
            }

            return new Line
            {
                Text = text,
                RawText = raw,
                Page = page,
                Left = left,
                Right = right,
                Top = top,
                Bottom = bottom,
                Baseline = baseline,
                Size = size,
            };
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p{Page} y{Baseline:F1} x{Left:F1}-{Right:F1} {Size}pt {Text}");

        /// <summary>The size (to 0.1 pt) most of the line's glyphs have; of two as common, the larger.</summary>
        private static double MainSize(ReadOnlySpan<PdfGlyph> glyphs, ReadOnlySpan<PdfWord> words, List<(double Size, int Count)> sizes)
        {
            sizes.Clear();
            foreach (var word in words)
            {
                foreach (var glyph in glyphs[word.Start..word.End])
                {
                    var rounded = Math.Round(glyph.Size, 1);
                    var k = sizes.Count - 1;
                    while (k >= 0 && sizes[k].Size != rounded)
                    {
                        k--;
                    }

                    if (k < 0)
                    {
                        sizes.Add((rounded, 1));
                    }
                    else
                    {
                        sizes[k] = (rounded, sizes[k].Count + 1);
                    }
                }
            }

            var best = sizes[0];
            foreach (var s in sizes)
            {
                if (s.Count > best.Count || (s.Count == best.Count && s.Size > best.Size))
                {
                    best = s;
                }
            }

            return best.Size;
        }
    }
}
