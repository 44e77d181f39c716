using System.Security.Cryptography;
using System.Text;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class UnitHasherTests
{
    private const string Alphabet = "aZ .é\u0416\ud83d\ude00\ud800";

    // FIPS 180-4 example digests (NIST, "SHA256.pdf" examples): SHA-256("abc") = ba7816bf8f01cfea…,
    // SHA-256("") = e3b0c44298fc1c14…; the unit hash is the first 16 hex characters.
    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea")]
    [InlineData("", "e3b0c44298fc1c14")]
    public void Hash_FipsExamples_FirstSixteenHexCharacters(string text, string expected)
    {
        using var hasher = new UnitHasher();
        Assert.Equal(expected, hasher.Hash(text));
        Assert.Equal(expected, UnitHasher.HashOnce(text));
    }

    [Fact]
    public void Hash_ManyTextsOneHasher_SameAsSystemSha256OfUtf8()
    {
        var random = new Random(11);
        using var hasher = new UnitHasher();
        for (var i = 0; i < 3_000; i++)
        {
            // ASCII, Latin, Cyrillic, emoji and a lone surrogate (encoded as U+FFFD), up to 600 UTF-16 units.
            var text = new string(Enumerable.Range(0, random.Next(600)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
            Assert.Equal(expected, hasher.Hash(text));
            Assert.Equal(expected, UnitHasher.HashOnce(text));
        }
    }
}
