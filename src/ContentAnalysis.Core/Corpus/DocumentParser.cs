using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Builds a document's normalised text and its units from the cleaned body. Blocks are separated by
/// blank lines; the lines of a block are joined with single spaces (list items keep their own line);
/// blocks are joined with one blank line. In Markdown a heading block is kept as plain text but is
/// not a unit: it becomes the section of the units that follow.
/// </summary>
internal static partial class DocumentParser
{
    /// <summary>Parses <paramref name="body"/> (LF line ends, cleaned) into text and units.</summary>
    public static ParsedDocument Parse(string body, bool markdown, UnitKind unitKind, string documentId, string period)
    {
        var text = new StringBuilder(body.Length);
        var units = new List<TextUnit>();
        var section = string.Empty;
        foreach (var raw in BlankLines().Split(body))
        {
            var heading = markdown ? MarkdownText.Heading(raw.Trim()) : null;
            var block = heading ?? JoinLines(raw, markdown);
            if (block.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var blockStart = text.Length;
            text.Append(block);
            if (heading is not null)
            {
                section = heading;
                continue;
            }

            if (unitKind == UnitKind.Sentence)
            {
                foreach (var (start, length) in SentenceSplitter.Split(block))
                {
                    units.Add(MakeUnit(documentId, units.Count + 1, "s", 4, section, blockStart + start, block.Substring(start, length), period));
                }
            }
            else
            {
                units.Add(MakeUnit(documentId, units.Count + 1, "p", 3, section, blockStart, block, period));
            }
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), units);
    }

    /// <summary>The unit hash: the first 16 hex characters of the SHA-256 of the UTF-8 text.</summary>
    public static string HashUnit(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);

    private static TextUnit MakeUnit(string documentId, int ordinal, string prefix, int digits, string section, int start, string text, string period) =>
        new(
            $"{documentId}.{prefix}{ordinal.ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture)}",
            documentId,
            ordinal,
            section,
            start,
            text.Length,
            HashUnit(text),
            period);

    private static string JoinLines(string block, bool markdown)
    {
        var result = new StringBuilder(block.Length);
        foreach (var rawLine in block.Split('\n'))
        {
            var isListItem = false;
            var line = markdown ? MarkdownText.StripLine(rawLine, out isListItem) : rawLine;
            line = Spaces().Replace(line.Trim(), " ");
            if (line.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(isListItem ? '\n' : ' ');
            }

            result.Append(line);
        }

        return markdown ? MarkdownText.StripInline(result.ToString()) : result.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}

