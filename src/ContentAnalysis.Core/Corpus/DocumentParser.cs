using System.Buffers;
using System.Runtime.CompilerServices;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Builds a document's normalised text and its units from the cleaned body. In plain text blocks are separated by
/// blank lines and the lines of a block are joined with single spaces; Markdown is read into blocks by
/// <see cref="MarkdownBlocks"/> (list items and table rows keep their own line). Blocks are joined with one blank
/// line; a Markdown heading is kept as plain text but is not a unit: it becomes the section of the units that follow.
/// </summary>
/// <remarks>
/// The text is built in one buffer and units are cut from spans of it, so a plain-text document allocates
/// little besides its text and its units.
/// </remarks>
internal static partial class DocumentParser
{
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t\u00A0");

    /// <summary>Parses <paramref name="body"/> (LF line ends, cleaned) into text and units.</summary>
    public static ParsedDocument Parse(ReadOnlySpan<char> body, bool markdown, UnitKind unitKind, string documentId, string period)
    {
        using var text = new TextBuffer(body.Length + 1);
        using var hasher = new UnitHasher();
        var cutter = new UnitCutter(text, hasher, unitKind, documentId, period);
        if (markdown)
        {
            foreach (var (isHeading, block) in MarkdownBlocks.Read(body.ToString()))
            {
                cutter.Block(isHeading, block);
            }
        }
        else
        {
            for (var rawStart = 0; ;)
            {
                var separator = NextBlankLines(body, rawStart, out var next);
                cutter.Block(false, body[rawStart..(separator < 0 ? body.Length : separator)], plain: true);
                if (separator < 0)
                {
                    break;
                }

                rawStart = next;
            }
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), cutter.Units);
    }

    /// <summary>Builds text and units from blocks found elsewhere (a web page's article); a block's lines stay lines of their own.</summary>
    public static ParsedDocument ParseBlocks(IEnumerable<(bool IsHeading, string Text)> blocks, UnitKind unitKind, string documentId, string period)
    {
        using var text = new TextBuffer(4096);
        using var hasher = new UnitHasher();
        var cutter = new UnitCutter(text, hasher, unitKind, documentId, period);
        foreach (var (isHeading, block) in blocks)
        {
            cutter.Block(isHeading, block);
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), cutter.Units);
    }

    /// <summary>The unit hash: the first 16 hex characters of the SHA-256 of the UTF-8 text.</summary>
    public static string HashUnit(ReadOnlySpan<char> text) => UnitHasher.HashOnce(text);

    /// <summary>
    /// Where the next blank-line separator (<c>\n[ \t]*\n\s*</c>, as a regex) at or after <paramref name="from"/>
    /// starts, or -1; <paramref name="end"/> receives where it ends. Same matches as the regex, without one.
    /// </summary>
    private static int NextBlankLines(ReadOnlySpan<char> body, int from, out int end)
    {
        for (var i = from; i < body.Length; i++)
        {
            var found = body[i..].IndexOf('\n');
            if (found < 0)
            {
                break;
            }

            i += found;
            var j = i + 1;
            while (j < body.Length && body[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < body.Length && body[j] == '\n')
            {
                // The regex's \s is char.IsWhiteSpace.
                for (j++; j < body.Length && char.IsWhiteSpace(body[j]); j++)
                {
                }

                end = j;
                return i;
            }
        }

        end = -1;
        return -1;
    }

    /// <summary>
    /// Appends the lines of a block joined with <paramref name="lineBreak"/> (a space in plain text; a line break
    /// between the list items and table rows of a Markdown block), runs of spaces, tabs and no-break spaces collapsed to
    /// one space, blank lines dropped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AppendJoinedLines(TextBuffer text, ReadOnlySpan<char> block, char lineBreak)
    {
        var blockStart = text.Length;
        while (true)
        {
            var newline = block.IndexOf('\n');
            var line = newline < 0 ? block : block[..newline];
            var lineStart = text.Length;
            if (lineStart > blockStart)
            {
                text.Append(lineBreak);
            }

            if (!AppendCollapsed(text, line))
            {
                text.Length = lineStart;
            }

            if (newline < 0)
            {
                break;
            }

            block = block[(newline + 1)..];
        }
    }

    /// <summary>Appends <paramref name="line"/> without leading and trailing blanks, inner runs as one space; whether any text was written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AppendCollapsed(TextBuffer text, ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t\u00A0");
        if (line.IsEmpty)
        {
            return false;
        }

        // Most lines have single spaces only and go in whole.
        if (!line.ContainsAny('\t', '\u00A0') && !line.Contains("  ", StringComparison.Ordinal))
        {
            text.Append(line);
            return true;
        }

        var pendingSpace = false;
        while (true)
        {
            var blank = line.IndexOfAny(Blanks);
            var run = blank < 0 ? line : line[..blank];
            if (!run.IsEmpty)
            {
                if (pendingSpace)
                {
                    text.Append(' ');
                }

                text.Append(run);
            }

            if (blank < 0)
            {
                return true;
            }

            pendingSpace = true;
            line = line[(blank + 1)..];
        }
    }

}
