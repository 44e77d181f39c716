using System.Security.Cryptography;
using System.Text;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class ShortSha256Tests
{
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf"): "abc" and the 448-bit two-block message.
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void HashManaged_NistExamples_KnownDigest(string message, string expected)
    {
        var digest = new byte[ShortSha256.HashSize];
        ShortSha256.HashManaged(Encoding.ASCII.GetBytes(message), digest);
        Assert.Equal(expected, Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void HashManaged_EveryLengthUpTo2000_SameAsSystemSha256()
    {
        var random = new Random(1804);
        var digest = new byte[ShortSha256.HashSize];
        for (var length = 0; length <= 2000; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            ShortSha256.HashManaged(data, digest);
            Assert.True(SHA256.HashData(data).AsSpan().SequenceEqual(digest), $"length {length}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(119)]
    [InlineData(120)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(100_000)]
    public void HashData_BlockBoundariesAndLongInputs_SameAsSystemSha256(int length)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var data = new byte[length];
            new Random(seed).NextBytes(data);
            var digest = new byte[ShortSha256.HashSize];
            ShortSha256.HashData(data, digest);
            Assert.Equal(SHA256.HashData(data), digest);
        }
    }

    [Fact]
    public void HashManaged_AllOnesAndZeros_SameAsSystemSha256()
    {
        foreach (var fill in new byte[] { 0x00, 0xFF, 0x80 })
        {
            for (var length = 0; length <= 300; length++)
            {
                var data = Enumerable.Repeat(fill, length).ToArray();
                var digest = new byte[ShortSha256.HashSize];
                ShortSha256.HashManaged(data, digest);
                Assert.Equal(SHA256.HashData(data), digest);
            }
        }
    }
}
