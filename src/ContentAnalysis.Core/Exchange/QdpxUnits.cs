using System.Globalization;
using System.Security.Cryptography;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// The units of a document in a text source's <c>[qcat]</c> block, one line each: <c>unit: ID START END SECTION</c>
/// (code points, end exclusive; the section is the rest of the line). With the text's SHA-256 they let an import of
/// an unchanged qcat text restore its units exactly (Markdown headings and list lines included), without cutting the
/// text again.
/// </summary>
internal static class QdpxUnits
{
    /// <summary>The hex SHA-256 of the UTF-8 text.</summary>
    public static string TextHash(string text) => Convert.ToHexStringLower(SHA256.HashData(SafeXml.Utf8.GetBytes(text)));

    /// <summary>The block value of <paramref name="unit"/>.</summary>
    public static string Format(TextUnit unit, CodePoints points) =>
        string.Create(CultureInfo.InvariantCulture, $"{unit.Id} {points.FromUtf16(unit.Start)} {points.FromUtf16(unit.Start + unit.Length)} {unit.Section}").TrimEnd();

    /// <summary>
    /// The units of <paramref name="document"/> from the block, or null when the block has none, the text changed
    /// (hash) or a line does not fit the text.
    /// </summary>
    public static List<TextUnit>? Read(IReadOnlyList<KeyValuePair<string, string>> fields, string document, string text, string period)
    {
        var lines = CodeDescription.All(fields, "unit");
        if (lines.Count == 0 || CodeDescription.First(fields, "text_sha256") != TextHash(text))
        {
            return null;
        }

        var points = new CodePoints(text);
        var units = new List<TextUnit>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', 4);
            if (parts.Length < 3
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start >= end || end > points.Length || !parts[0].StartsWith(document + ".", StringComparison.Ordinal))
            {
                return null;
            }

            var from = points.ToUtf16(start);
            var length = points.ToUtf16(end) - from;
            units.Add(new TextUnit(parts[0], document, units.Count + 1, parts.Length > 3 ? parts[3] : string.Empty, from, length, UnitHasher.HashOnce(text.AsSpan(from, length)), period));
        }

        return units;
    }
}
