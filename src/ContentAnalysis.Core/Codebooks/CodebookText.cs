using System.Text;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>Decodes a codebook file strictly as UTF-8, so a file saved in another encoding is reported, not silently mangled.</summary>
internal static class CodebookText
{
    /// <summary>Decodes <paramref name="bytes"/>; a UTF-8 byte order mark is skipped.</summary>
    /// <returns>The text, or null and the located error when a byte is not valid UTF-8.</returns>
    public static (string? Text, Diagnostic? Error) Decode(byte[] bytes, string path)
    {
        var span = bytes.AsSpan();
        if (Utf8Scan.Check(span) is { } invalid)
        {
            return (null, CodebookDiagnosticCodes.NotUtf8Text(invalid, path));
        }

        if (span.StartsWith(Utf8Scan.Utf8Mark))
        {
            span = span[Utf8Scan.Utf8Mark.Length..];
        }

        return (Encoding.UTF8.GetString(span), null);
    }
}
