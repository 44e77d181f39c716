using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Projects;

/// <summary>The starter project's codebook has dimensions topic (economy, services) and tone (levels).</summary>
public sealed class NameResolverTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Project _project;

    public NameResolverTests()
    {
        ProjectTemplate.Create(_temp.Path);
        _project = Project.Open(_temp.Path);
        _project.Codings.Append("anna", new CodingRecord(DateTimeOffset.UnixEpoch, "anna", "d.p001", "topic", ["economy"], string.Empty, "h", "u"));
        _project.Codings.Append("ben", new CodingRecord(DateTimeOffset.UnixEpoch, "ben", "d.p001", "topic", ["economy"], string.Empty, "h", "u"));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Dimensions_NoneNamed_AllInCodebookOrder() =>
        Assert.Equal(["topic", "tone"], _project.Names.Dimensions(null).Select(d => d.Id));

    [Fact]
    public void Dimensions_Unknown_OneDiagnosticEachWithCodebookFileAndSuggestion()
    {
        var error = Assert.Throws<InputException>(() => _project.Names.Dimensions(["tone", "topc", "stance"]));
        Assert.Equal(
            [
                "codebooks/codebook.yaml: error QCA0002: unknown dimension 'topc' (did you mean 'topic'?)",
                "codebooks/codebook.yaml: error QCA0002: unknown dimension 'stance' (dimensions: topic, tone)",
            ],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Coders_UnknownCoder_CodingsFolderAndSuggestion()
    {
        Assert.Equal(["anna", "ben"], _project.Names.Coders([]));
        var error = Assert.Throws<InputException>(() => _project.Names.Coders(["anna", "bem"]));
        Assert.Equal("data/codings/: error QCA0001: coder 'bem' has no journal (did you mean 'ben'?)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Category_Unknown_SameCodeForEveryCase()
    {
        Assert.Equal(("topic", "services"), (_project.Names.Category("services").Dimension.Id, _project.Names.Category("services").Category.Id));
        var misspelt = Assert.Throws<InputException>(() => _project.Names.Category("econmy"));
        Assert.Equal("codebooks/codebook.yaml: error QCA0003: unknown category 'econmy' (did you mean 'economy'?)", Assert.Single(misspelt.Diagnostics).ToString());
        var scale = Assert.Throws<InputException>(() => _project.Names.Category("economy", _project.Names.Dimension("tone")));
        Assert.Equal(ProjectDiagnostics.UnknownCategory, Assert.Single(scale.Diagnostics).Code);
    }

    [Theory]
    [InlineData("../../README")]
    [InlineData("/etc/passwd")]
    [InlineData("a.csv")]
    [InlineData("all")]
    [InlineData("")]
    public void Sample_PathOrReservedName_RefusedBeforeAnyFileIsRead(string name)
    {
        var error = Assert.Throws<InputException>(() => _project.Names.Sample(name));
        Assert.Equal($"error QCA6007: sample name '{name}' is not allowed (a sample is named, not a path: use letters, digits, '_' and '-' ('all' means the whole corpus))", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Sample_Missing_NamesItsFile()
    {
        var error = Assert.Throws<InputException>(() => _project.Names.Sample("pilot"));
        Assert.Equal("data/samples/pilot.csv: error QCA6001: sample 'pilot' does not exist (create one with 'qcat sample create NAME --size N')", Assert.Single(error.Diagnostics).ToString());
        Assert.Null(_project.Names.SampleUnits("all"));
        Assert.Null(_project.Names.SampleUnits(null));
    }

    [Fact]
    public void Document_Unknown_NamesDocumentsTable()
    {
        var error = Assert.Throws<InputException>(() => _project.Names.Document("nope"));
        Assert.Equal("data/documents.csv: error QCA2010: no document 'nope' in the corpus (import documents with 'qcat corpus import')", Assert.Single(error.Diagnostics).ToString());
    }
}
