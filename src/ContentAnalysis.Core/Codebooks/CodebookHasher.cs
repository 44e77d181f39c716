using System.Security.Cryptography;
using System.Text;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>
/// Computes a codebook's content hash: SHA-256 of its canonical JSON (fixed property order,
/// lists in codebook order, no source path, no hash), first 16 hex digits, prefixed
/// <c>sha256:</c>. Layout, comments, key order and quoting in the YAML never change it.
/// </summary>
internal static class CodebookHasher
{
    /// <summary>The hash prefix naming the algorithm.</summary>
    public const string Prefix = "sha256:";

    /// <summary>Computes the content hash of <paramref name="codebook"/>, ignoring its <see cref="Codebook.ContentHash"/> and <see cref="Codebook.SourcePath"/>.</summary>
    public static string Compute(Codebook codebook)
    {
        var canonical = CodebookJsonWriter.WriteCanonical(codebook);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Prefix + Convert.ToHexStringLower(digest)[..16];
    }
}
