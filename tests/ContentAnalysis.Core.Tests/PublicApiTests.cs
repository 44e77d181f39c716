using PublicApiGenerator;

namespace ContentAnalysis.Core.Tests;

public sealed class PublicApiTests
{
    /// <summary>
    /// Core's public surface, as Spectre.Console pins its own: a change to it shows as a diff of
    /// <c>PublicApi.verified.txt</c> in review (accept with <c>QCAT_ACCEPT=1</c>, never under CI).
    /// </summary>
    [Fact]
    public void Core_PublicApi_MatchesSnapshot()
    {
        var api = typeof(ProjectLayout).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        // PublicApiGenerator writes a char default of '\0' as the raw NUL character, which would make the file binary.
        Snapshot.Verify(api.Replace("\0", "'\\0'", StringComparison.Ordinal), "PublicApi");
    }
}
