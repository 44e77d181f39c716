using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Autocoding;

/// <summary>A temporary project folder with coding journals written through <see cref="CodingStore"/>.</summary>
internal sealed class AutocodingProjectFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public AutocodingProjectFixture()
    {
        Store = CodingStore.Open(new ProjectLayout(_directory.Path));
    }

    public CodingStore Store { get; }

    public void Code(string coder, string unit, string dimension, params string[] values) =>
        Store.Append(coder, new CodingRecord(DateTimeOffset.UnixEpoch, coder, unit, dimension, values, coder == "dictionary" ? "autocode: test" : string.Empty, "sha256:0", "h"));

    public void Dispose() => _directory.Dispose();
}
