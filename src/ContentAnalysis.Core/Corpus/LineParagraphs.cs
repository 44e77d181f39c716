using System.Text;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Plain texts pasted from a web page or a word processor often put each paragraph on one line with no blank line between,
/// and a paragraph unit runs from one blank line to the next, so such a text becomes a few huge units. Hard-wrapped
/// text has short lines; a line of paragraph length (<see cref="ParagraphChars"/> or more) followed directly by another
/// line is the sign. The first <see cref="ScannedBytes"/> of the file are looked at. Markdown is left out: there a
/// heading, list or table line starts a block of its own after a long line, and its writers know blank lines.
/// </summary>
internal static class LineParagraphs
{
    /// <summary>A line this long is a paragraph rather than a wrapped line.</summary>
    internal const int ParagraphChars = 200;

    /// <summary>From this many such lines the import warns.</summary>
    internal const int WarnFrom = 3;

    /// <summary>How much of the file is looked at.</summary>
    internal const int ScannedBytes = 1 << 20;

    /// <summary>The warning for <paramref name="file"/>, or none.</summary>
    public static IReadOnlyList<Diagnostic> Check(string file, string display)
    {
        var bytes = new byte[(int)Math.Min(new FileInfo(file).Length, ScannedBytes)];
        using (var stream = File.OpenRead(file))
        {
            stream.ReadExactly(bytes);
        }

        var (count, first) = Count(Encoding.UTF8.GetString(bytes));
        return count >= WarnFrom ? [CorpusDiagnostics.SingleLineBreaks(count, display, first)] : [];
    }

    /// <summary>How many lines of paragraph length are followed directly by a non-blank line, and the first one's number.</summary>
    internal static (int Count, int FirstLine) Count(string text)
    {
        var (count, first, number) = (0, 0, 0);
        var previousLong = false;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            var blank = line.IsWhiteSpace();
            if (previousLong && !blank)
            {
                count++;
                first = first == 0 ? number - 1 : first;
            }

            previousLong = !blank && line.Trim().Length >= ParagraphChars;
        }

        return (count, first);
    }
}
