using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Computes unit hashes (the first 16 hex characters of the SHA-256 of the UTF-8 text) for one document after
/// another through one reused <see cref="IncrementalHash"/>, which spares the system library creating and freeing
/// a hash context for every unit. Not thread-safe.
/// </summary>
internal sealed class UnitHasher : IDisposable
{
    private const int StackLimit = 1024;
    private const int HashSize = 32;

    private IncrementalHash? _sha256;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public string Hash(ReadOnlySpan<char> text) => Hash(text, this);

    /// <summary>The hash of <paramref name="text"/>, without keeping a hash context.</summary>
    public static string HashOnce(ReadOnlySpan<char> text) => Hash(text, null);

    /// <summary>Frees the system hash context.</summary>
    public void Dispose() => _sha256?.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Hash(ReadOnlySpan<char> text, UnitHasher? reuse)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length <= StackLimit ? null : ArrayPool<byte>.Shared.Rent(length);
        var buffer = rented ?? stackalloc byte[StackLimit];
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[HashSize];
            if (reuse is null)
            {
                SHA256.HashData(buffer[..written], hash);
            }
            else
            {
                reuse._sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                reuse._sha256.AppendData(buffer[..written]);
                reuse._sha256.GetHashAndReset(hash);
            }

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
}
