using System.Buffers;
using System.Text;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>Decodes a codebook file strictly as UTF-8, so a file saved in another encoding is reported, not silently mangled.</summary>
internal static class CodebookText
{
    /// <summary>Decodes <paramref name="bytes"/>; a UTF-8 byte order mark is skipped.</summary>
    /// <returns>The text, or null and the located error when a byte is not valid UTF-8.</returns>
    public static (string? Text, Diagnostic? Error) Decode(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var span = bytes.AsSpan();
        if (span.StartsWith(bom))
        {
            span = span[bom.Length..];
        }

        var line = 1;
        var column = 1;
        var rest = span;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                var message = $"the file is not UTF-8 text: byte 0x{rest[0]:X2} at line {line}, column {column} is not valid UTF-8";
                var hint = "save the file as UTF-8; most editors offer it under 'Save with encoding'";
                return (null, Diagnostic.Error(CodebookDiagnosticCodes.NotUtf8, message, path, line, column, hint));
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            rest = rest[consumed..];
        }

        return (Encoding.UTF8.GetString(span), null);
    }
}
