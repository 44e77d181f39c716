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
            var (message, hint) = invalid.Kind == Utf8ErrorKind.InvalidByte
                ? ($"the file is not UTF-8 text: byte 0x{invalid.Byte:X2} at line {invalid.Line}, column {invalid.Column} is not valid UTF-8", "save the file as UTF-8; most editors offer it under 'Save with encoding'")
                : (invalid.Message, invalid.Hint);
            return (null, Diagnostic.Error(CodebookDiagnosticCodes.NotUtf8, message, path, invalid.Line, invalid.Column, hint));
        }

        if (span.StartsWith(Utf8Scan.Utf8Mark))
        {
            span = span[Utf8Scan.Utf8Mark.Length..];
        }

        return (Encoding.UTF8.GetString(span), null);
    }
}
