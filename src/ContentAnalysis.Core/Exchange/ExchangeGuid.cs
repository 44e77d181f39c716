using System.Security.Cryptography;
using System.Text;

namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// Deterministic GUIDs for REFI-QDA elements: name-based UUIDs, version 5 (RFC 9562, sec. 5.5: SHA-1 of a namespace
/// UUID and a name), so the same codebook, coder, document or coding always gets the same GUID and repeated exports
/// are byte-identical.
/// </summary>
internal static class ExchangeGuid
{
    /// <summary>The namespace UUID of every GUID qcat writes (itself a version 5 UUID of the URL namespace and <c>urn:qcat</c>).</summary>
    public static readonly Guid Namespace = Create(Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:qcat");

    /// <summary>The version 5 UUID of <paramref name="name"/> in qcat's namespace, lower-case with hyphens.</summary>
    public static string For(string name) => Create(Namespace, name).ToString("D");

    /// <summary>The version 5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="space"/>.</summary>
    public static Guid Create(Guid space, string name)
    {
        var spaceBytes = space.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[spaceBytes.Length + nameBytes.Length];
        spaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, spaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what UUID version 5 is defined with; it names, it does not protect.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Whether <paramref name="value"/> is a GUID as REFI-QDA writes it (with or without braces).</summary>
    public static bool IsValid(string value) =>
        value.Length is 36 or 38 && Guid.TryParseExact(value, value.Length == 36 ? "D" : "B", out _);
}
