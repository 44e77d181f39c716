using System.Text;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.IO;

/// <summary>Decodes UTF-8 strictly: a byte order mark is skipped, an invalid byte is an error naming its offset.</summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="file"/> is named in the error.</summary>
    /// <exception cref="InputException">The bytes are not valid UTF-8.</exception>
    public static string Decode(byte[] bytes, string file)
    {
        var start = bytes.AsSpan().StartsWith(Preamble) ? Preamble.Length : 0;
        try
        {
            return Encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var offset = Utf8Scan.FirstInvalid(bytes, start)!.Value.Offset;
            throw new InputException(Diagnostic.Error(
                IoDiagnostics.NotUtf8,
                $"invalid UTF-8 at byte offset {offset}",
                file,
                hint: "save the file as UTF-8"));
        }
    }

    private static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];
}
