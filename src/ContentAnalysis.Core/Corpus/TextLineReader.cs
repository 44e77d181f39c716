using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Corpus;

/// <summary>Receives one line of a text; <paramref name="isLast"/> when no line end follows it (the text's last piece).</summary>
internal delegate void LineHandler(ReadOnlySpan<char> line, bool isLast);

/// <summary>
/// Reads a UTF-8 file as lines without holding it whole: CRLF, CR and LF each end a line, every line in Unicode NFC,
/// so the lines are those of <see cref="TextNormalizer.NormalizeLines"/> applied to the whole decoded text split at
/// LF (a line break is a normalisation boundary: LF has no combining class and composes with nothing).
/// </summary>
internal static class TextLineReader
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Reads <paramref name="path"/> line by line into <paramref name="handler"/>; returns the SHA-256 (hex) of the file's bytes.</summary>
    /// <exception cref="Diagnostics.InputException">The file is not UTF-8 text (the message of <see cref="StrictUtf8.Decode"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Read(string path, string display, LineHandler handler, int chunkBytes = ChunkBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = ArrayPool<byte>.Shared.Rent(chunkBytes + 8);
        var chars = ArrayPool<char>.Shared.Rent(chunkBytes + 8);
        using var line = new TextBuffer(1024);
        try
        {
            var carry = 0;
            var first = true;
            var pendingCr = false;
            while (true)
            {
                var read = stream.ReadAtLeast(bytes.AsSpan(carry, chunkBytes), chunkBytes, throwOnEndOfStream: false);
                var end = read < chunkBytes;
                sha256.AppendData(bytes.AsSpan(carry, read));
                var region = bytes.AsSpan(0, carry + read);
                if (first)
                {
                    first = false;
                    if (region.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || region.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || region.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
                    {
                        Fail(path, display);
                    }

                    region = region.StartsWith(Utf8Scan.Utf8Mark) ? region[Utf8Scan.Utf8Mark.Length..] : region;
                }

                // A NUL byte or an invalid sequence: the whole-file check names the first problem exactly.
                if (region.Contains((byte)0))
                {
                    Fail(path, display);
                }

                var status = Utf8.ToUtf16(region, chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: end);
                if (status is OperationStatus.InvalidData or OperationStatus.DestinationTooSmall)
                {
                    Fail(path, display);
                }

                var text = chars.AsSpan(0, written);
                if (pendingCr && !text.IsEmpty)
                {
                    pendingCr = false;
                    text = text[0] == '\n' ? text[1..] : text;
                }

                while (true)
                {
                    var at = text.IndexOfAny('\r', '\n');
                    if (at < 0)
                    {
                        line.Append(text);
                        break;
                    }

                    line.Append(text[..at]);
                    Emit(line, handler, isLast: false);
                    if (text[at] == '\r')
                    {
                        if (at + 1 == text.Length)
                        {
                            pendingCr = true;
                        }
                        else if (text[at + 1] == '\n')
                        {
                            at++;
                        }
                    }

                    text = text[(at + 1)..];
                }

                if (end)
                {
                    Emit(line, handler, isLast: true);
                    return Convert.ToHexStringLower(sha256.GetHashAndReset());
                }

                // An incomplete sequence at the chunk's end waits for the rest of its bytes.
                carry = region.Length - consumed;
                region[consumed..].CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Emit(TextBuffer line, LineHandler handler, bool isLast)
    {
        // Characters below U+0300 all pass the NFC quick check (none composes with what precedes it), so such a line
        // is already NFC; most lines of Latin-script text skip the normaliser.
        var text = line.Slice(0);
        if (!text.ContainsAnyInRange('\u0300', '\uFFFF'))
        {
            handler(text, isLast);
        }
        else
        {
            handler(text.ToString().Normalize(NormalizationForm.FormC), isLast);
        }

        line.Length = 0;
    }

    private static void Fail(string path, string display)
    {
        StrictUtf8.Decode(File.ReadAllBytes(path), display);
        throw new InvalidOperationException("the streamed UTF-8 check failed where the whole-file check passed");
    }
}
