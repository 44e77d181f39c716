using System.Text.Json.Nodes;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Codebooks;

public sealed class CodebookJsonWriterTests
{
    [Theory]
    [InlineData("example-minimal.yaml")]
    [InlineData("russia-south-caucasus.yaml")]
    public void Write_LoadedAgainAsYaml_GivesTheSameModelAndHash(string name)
    {
        // JSON is YAML, so the writer's output (minus the computed hash) must load back to the same codebook.
        var original = CodebookLoader.LoadFile(RepositoryRoot.Combine("codebooks", name)).Codebook!;
        var json = JsonNode.Parse(CodebookJsonWriter.Write(original))!.AsObject();
        Assert.Equal(original.ContentHash, (string?)json["content_hash"]);
        json.Remove("content_hash");

        var reloaded = CodebookLoader.Parse(json.ToJsonString(), "roundtrip.json");

        Assert.Empty(reloaded.Diagnostics);
        Assert.Equal(original.ContentHash, reloaded.Codebook!.ContentHash);
        Assert.Equal(CodebookJsonWriter.Write(original), CodebookJsonWriter.Write(reloaded.Codebook));
    }

    [Fact]
    public void WriteCanonical_OmitsHashAndSourcePath()
    {
        var codebook = CodebookLoader.LoadFile(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")).Codebook!;
        var canonical = CodebookJsonWriter.WriteCanonical(codebook);
        Assert.DoesNotContain("content_hash", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("example-minimal.yaml", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", canonical, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"example-minimal\",\"title\":\"Minimal example codebook\",\"version\":\"1.0\",\"description\":", canonical, StringComparison.Ordinal);
    }
}
