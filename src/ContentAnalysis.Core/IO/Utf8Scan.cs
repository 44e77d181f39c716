using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ContentAnalysis.Core.IO;

/// <summary>What makes bytes unreadable as UTF-8 text.</summary>
internal enum Utf8ErrorKind
{
    /// <summary>A byte that is not valid UTF-8.</summary>
    InvalidByte,

    /// <summary>A UTF-16 or UTF-32 byte order mark: text in another encoding.</summary>
    OtherEncoding,

    /// <summary>A NUL byte: a binary file (or UTF-16 without a byte order mark).</summary>
    Binary,
}

/// <summary>Where the first byte that is not valid UTF-8 text is: its offset in the bytes, its line and its column.</summary>
/// <param name="Offset">Byte offset from the start of the scanned bytes.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in characters (code points) from the start of the line.</param>
/// <param name="Byte">The offending byte.</param>
internal readonly record struct Utf8Error(long Offset, int Line, int Column, byte Byte)
{
    /// <summary>What is wrong.</summary>
    public Utf8ErrorKind Kind { get; init; }

    /// <summary>The encoding a byte order mark names (<see cref="Utf8ErrorKind.OtherEncoding"/> only).</summary>
    public string? Encoding { get; init; }

    /// <summary>The message every reader prints (<see cref="IoDiagnostics.EncodingMessage"/>).</summary>
    public string Message => IoDiagnostics.EncodingMessage(this);

    /// <summary>How to fix it (<see cref="IoDiagnostics.EncodingHint"/>).</summary>
    public string Hint => IoDiagnostics.EncodingHint(this);
}

/// <summary>
/// Checks that bytes are UTF-8 text, for the located errors every strict reader (corpus, tables, journals, codebooks,
/// matrices) reports: UTF-16 and UTF-32 are recognised by their byte order mark and refused by name, a NUL byte
/// marks a binary file, and the first invalid byte is located.
/// </summary>
internal static class Utf8Scan
{
    private static readonly (byte[] Mark, string Encoding)[] OtherMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 (little-endian)"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 (big-endian)"),
        ([0xFF, 0xFE], "UTF-16 (little-endian)"),
        ([0xFE, 0xFF], "UTF-16 (big-endian)"),
    ];

    /// <summary>The UTF-8 byte order mark, which readers skip.</summary>
    public static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The first reason <paramref name="bytes"/> are not UTF-8 text (a UTF-8 byte order mark is allowed), or null.
    /// <paramref name="allowNul"/> leaves NUL bytes to the caller (a journal cut by a crash can end in them).
    /// </summary>
    public static Utf8Error? Check(ReadOnlySpan<byte> bytes, bool allowNul = false)
    {
        foreach (var (mark, encoding) in OtherMarks)
        {
            if (bytes.StartsWith(mark))
            {
                return new Utf8Error(0, 1, 1, bytes[0]) { Kind = Utf8ErrorKind.OtherEncoding, Encoding = encoding };
            }
        }

        var start = bytes.StartsWith(Utf8Mark) ? Utf8Mark.Length : 0;
        var nul = allowNul ? -1 : bytes.IndexOf((byte)0);
        var invalid = FirstInvalid(nul < 0 ? bytes : bytes[..nul], start);
        return invalid ?? (nul < 0 ? null : Locate(bytes, start, nul) with { Kind = Utf8ErrorKind.Binary });
    }

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

    // The bytes before 'offset' are valid UTF-8 here.
    private static Utf8Error Locate(ReadOnlySpan<byte> utf8, int start, int offset)
    {
        var before = utf8[start..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new Utf8Error(offset, line, column, utf8[offset]);
    }
}
