using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus.Reference;

/// <summary>
/// <c>DocumentParser</c> as it was before the import speed-up (commit 5ab73d6): the reference the faster
/// implementation must match on random input.
/// </summary>
internal static partial class ReferenceDocumentParser
{
    /// <summary>Parses <paramref name="body"/> (LF line ends, cleaned) into text and units.</summary>
    public static ParsedDocument Parse(string body, bool markdown, UnitKind unitKind, string documentId, string period)
    {
        var text = new StringBuilder(body.Length);
        var units = new List<TextUnit>();
        var section = string.Empty;
        if (markdown)
        {
            // A heading line directly above or below text is still a block of its own.
            body = HeadingLine().Replace(body, "\n$1\n");
        }

        foreach (var raw in BlankLines().Split(body))
        {
            var heading = markdown ? ReferenceMarkdownText.Heading(raw.Trim()) : null;
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
                foreach (var (start, length) in ReferenceSentenceSplitter.Split(block))
                {
                    units.Add(MakeUnit(documentId, units.Count + 1, 's', section, blockStart + start, block.AsSpan(start, length), period));
                }
            }
            else
            {
                units.Add(MakeUnit(documentId, units.Count + 1, 'p', section, blockStart, block, period));
            }
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        return new ParsedDocument(text.ToString(), units);
    }

    /// <summary>The unit hash: the first 16 hex characters of the SHA-256 of the UTF-8 text.</summary>
    public static string HashUnit(ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented ?? stackalloc byte[1024];
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..written], hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static TextUnit MakeUnit(string documentId, int ordinal, char prefix, string section, int start, ReadOnlySpan<char> text, string period)
    {
        var id = prefix == 's'
            ? string.Create(CultureInfo.InvariantCulture, $"{documentId}.s{ordinal:D4}")
            : string.Create(CultureInfo.InvariantCulture, $"{documentId}.p{ordinal:D3}");
        return new TextUnit(id, documentId, ordinal, section, start, text.Length, HashUnit(text), period);
    }

    private static string JoinLines(string block, bool markdown)
    {
        var result = new StringBuilder(block.Length);
        foreach (var rawLine in block.Split('\n'))
        {
            var isListItem = false;
            var line = markdown ? ReferenceMarkdownText.StripLine(rawLine, out isListItem) : rawLine;
            var lineStart = result.Length;
            if (lineStart > 0)
            {
                result.Append(isListItem ? '\n' : ' ');
            }

            var pendingSpace = false;
            var wroteText = false;
            foreach (var c in line)
            {
                if (c is ' ' or '\t' or '\u00A0')
                {
                    pendingSpace = wroteText;
                    continue;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                result.Append(c);
                wroteText = true;
            }

            if (!wroteText)
            {
                result.Length = lineStart;
            }
        }

        return markdown ? ReferenceMarkdownText.StripInline(result.ToString()) : result.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"(?m)^(#{1,6}[ \t].*)$")]
    private static partial Regex HeadingLine();
}

