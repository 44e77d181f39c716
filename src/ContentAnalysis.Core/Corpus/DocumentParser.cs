using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Builds a document's normalised text and its units from the cleaned body. Blocks are separated by
/// blank lines; the lines of a block are joined with single spaces (list items keep their own line);
/// blocks are joined with one blank line. In Markdown a heading block is kept as plain text but is
/// not a unit: it becomes the section of the units that follow.
/// </summary>
/// <remarks>
/// The text is built in one buffer and units are cut from spans of it, so a plain-text document allocates
/// little besides its text and its units; Markdown blocks still go through <see cref="MarkdownText"/>'s regexes.
/// </remarks>
internal static partial class DocumentParser
{
    private static readonly SearchValues<char> Blanks = SearchValues.Create(" \t\u00A0");

    /// <summary>Parses <paramref name="body"/> (LF line ends, cleaned) into text and units.</summary>
    public static ParsedDocument Parse(ReadOnlySpan<char> body, bool markdown, UnitKind unitKind, string documentId, string period)
    {
        if (markdown && body.Contains('#'))
        {
            // A heading line directly above or below text is still a block of its own.
            body = HeadingLine().Replace(body.ToString(), "\n$1\n");
        }

        using var text = new TextBuffer(body.Length + 1);
        using var hasher = new UnitHasher();
        var units = new List<TextUnit>();
        var sentences = new List<(int Start, int Length)>();
        var section = string.Empty;
        for (var rawStart = 0; ;)
        {
            var separator = NextBlankLines(body, rawStart, out var next);
            var raw = body[rawStart..(separator < 0 ? body.Length : separator)];
            var separatorAt = text.Length;
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var blockStart = text.Length;
            var heading = markdown ? Heading(raw) : null;
            if (heading is not null)
            {
                text.Append(heading);
            }
            else
            {
                AppendJoinedLines(text, raw, markdown);
            }

            if (text.Length == blockStart)
            {
                text.Length = separatorAt;
            }
            else if (heading is not null)
            {
                section = heading;
            }
            else
            {
                var block = text.Slice(blockStart);
                if (unitKind == UnitKind.Sentence)
                {
                    sentences.Clear();
                    SentenceSplitter.Split(block, sentences);
                    foreach (var (start, length) in sentences)
                    {
                        units.Add(MakeUnit(hasher, documentId, units.Count + 1, 's', section, blockStart + start, block.Slice(start, length), period));
                    }
                }
                else
                {
                    units.Add(MakeUnit(hasher, documentId, units.Count + 1, 'p', section, blockStart, block, period));
                }
            }

            if (separator < 0)
            {
                break;
            }

            rawStart = next;
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), units);
    }

    /// <summary>The unit hash: the first 16 hex characters of the SHA-256 of the UTF-8 text.</summary>
    public static string HashUnit(ReadOnlySpan<char> text) => UnitHasher.HashOnce(text);

    private static TextUnit MakeUnit(UnitHasher hasher, string documentId, int ordinal, char prefix, string section, int start, ReadOnlySpan<char> text, string period)
    {
        var id = prefix == 's'
            ? string.Create(CultureInfo.InvariantCulture, $"{documentId}.s{ordinal:D4}")
            : string.Create(CultureInfo.InvariantCulture, $"{documentId}.p{ordinal:D3}");
        return new TextUnit(id, documentId, ordinal, section, start, text.Length, hasher.Hash(text), period);
    }

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

    /// <summary>The heading text if the trimmed Markdown block is an ATX heading, else null.</summary>
    private static string? Heading(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        return trimmed.StartsWith('#') ? MarkdownText.Heading(trimmed.ToString()) : null;
    }

    /// <summary>
    /// Appends the lines of a block joined with single spaces (list items after a line break), runs of
    /// spaces, tabs and no-break spaces collapsed to one space, blank lines dropped; Markdown is stripped.
    /// </summary>
    private static void AppendJoinedLines(TextBuffer text, ReadOnlySpan<char> block, bool markdown)
    {
        var blockStart = text.Length;
        while (true)
        {
            var newline = block.IndexOf('\n');
            var line = newline < 0 ? block : block[..newline];
            var isListItem = false;
            if (markdown && MarkdownText.MayStartWithLineMarkup(line))
            {
                line = MarkdownText.StripLine(line.ToString(), out isListItem);
            }

            var lineStart = text.Length;
            if (lineStart > blockStart)
            {
                text.Append(isListItem ? '\n' : ' ');
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

        if (markdown && MarkdownText.MayHaveInlineMarkup(text.Slice(blockStart)))
        {
            var joined = text.Slice(blockStart).ToString();
            var stripped = MarkdownText.StripInline(joined);
            if (!ReferenceEquals(stripped, joined))
            {
                text.Length = blockStart;
                text.Append(stripped);
            }
        }
    }

    /// <summary>Appends <paramref name="line"/> without leading and trailing blanks, inner runs as one space; whether any text was written.</summary>
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

    [GeneratedRegex(@"(?m)^(#{1,6}[ \t].*)$")]
    private static partial Regex HeadingLine();
}
