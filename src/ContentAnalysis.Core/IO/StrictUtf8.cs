using System.Text;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.IO;

/// <summary>Decodes UTF-8 strictly: a byte order mark is skipped; UTF-16, binary data or an invalid byte is an error naming its offset.</summary>
internal static class StrictUtf8
{
    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="file"/> is named in the error.</summary>
    /// <exception cref="InputException">The bytes are not UTF-8 text (<see cref="Utf8Scan.Check"/>).</exception>
    public static string Decode(byte[] bytes, string file)
    {
        if (Utf8Scan.Check(bytes) is { } error)
        {
            throw new InputException(IoDiagnostics.NotUtf8Text(error, file));
        }

        var start = bytes.AsSpan().StartsWith(Utf8Scan.Utf8Mark) ? Utf8Scan.Utf8Mark.Length : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }
}
