using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ContentAnalysis.Core.IO;

/// <summary>Where the first byte that is not valid UTF-8 is: its offset in the bytes, its line and its column.</summary>
/// <param name="Offset">Byte offset from the start of the scanned bytes.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in characters (code points) from the start of the line.</param>
/// <param name="Byte">The offending byte.</param>
internal readonly record struct Utf8Error(long Offset, int Line, int Column, byte Byte);

/// <summary>Locates invalid UTF-8 for the located errors every strict reader (corpus, tables, journals, codebooks, matrices) reports.</summary>
internal static class Utf8Scan
{
    /// <summary>The first invalid byte of <paramref name="utf8"/> at or after <paramref name="start"/> (e.g. after a byte order mark), or null.</summary>
    public static Utf8Error? FirstInvalid(ReadOnlySpan<byte> utf8, int start = 0)
    {
        if (Utf8.IsValid(utf8[start..]))
        {
            return null;
        }

        var (offset, line, column) = (start, 1, 1);
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out var rune, out var consumed) != OperationStatus.Done)
            {
                return new Utf8Error(offset, line, column, utf8[offset]);
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            offset += consumed;
        }

        return null;
    }
}
