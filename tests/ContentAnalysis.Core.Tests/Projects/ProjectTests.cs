using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Projects;

public sealed class ProjectTests
{
    [Fact]
    public void Open_TemplateProject_CodebookSettingsAndEmptyStores()
    {
        using var temp = new TempDirectory();
        ProjectTemplate.Create(temp.Path);
        var project = Project.Open(temp.Path);
        Assert.Equal("my-study", project.Codebook.Id);
        Assert.Equal("codebooks/codebook.yaml", project.Relative(project.CodebookPath));
        Assert.Equal("codebooks/codebook.yaml", project.Codebook.SourcePath);
        Assert.Empty(project.Periods.Periods);
        Assert.Empty(project.Corpus.Units);
        Assert.Empty(project.Codings.Coders);
        Assert.Same(project.Codebook, project.Codebook);
    }

    [Fact]
    public void Codebook_Override_WinsOverQcatYaml()
    {
        using var temp = new TempDirectory();
        ProjectTemplate.Create(temp.Path);
        temp.Write("codebooks/other.yaml", ProjectTemplate.Codebook.Replace("id: my-study", "id: other", StringComparison.Ordinal));
        Assert.Equal("other", Project.Open(temp.Path, "other").Codebook.Id);
        Assert.Equal("my-study", Project.Open(temp.Path).Codebook.Id);
    }

    [Fact]
    public void Codebook_Broken_ThrowsWithEveryError()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/a.yaml", "id: Bad Id\ntitle: T\nversion: '1'\ndimensions: []\nfoo: 1\n");
        var project = Project.Open(temp.Path);
        var error = Assert.Throws<InputException>(() => project.Codebook);
        Assert.True(error.Diagnostics.Count(d => d.IsError) >= 2, string.Join("\n", error.Diagnostics));
        Assert.All(error.Diagnostics, d => Assert.Equal("codebooks/a.yaml", d.File));
        Assert.Throws<InputException>(() => project.OptionalCodebook);
    }

    [Fact]
    public void OptionalCodebook_NoCodebookAnywhere_Null()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(temp.Path);
        Assert.True(project.HasNoCodebook);
        Assert.Null(project.OptionalCodebook);
    }

    [Fact]
    public void RequireUnits_EmptyCorpus_EmptyCorpusDiagnostic()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<InputException>(() => Project.Open(temp.Path).RequireUnits());
        Assert.Equal("data/units.csv: error QCA0005: the corpus has no units (import documents first with 'qcat corpus import FILES')", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void CodingCountsByUnit_TwoCoders_SumsTheirCurrentValues()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(temp.Path);
        project.Codings.Append("anna", new CodingRecord(DateTimeOffset.UnixEpoch, "anna", "d.p001", "tone", ["1"], string.Empty, "h", "u"));
        project.Codings.Append("anna", new CodingRecord(DateTimeOffset.UnixEpoch, "anna", "d.p001", "topic", ["a"], string.Empty, "h", "u"));
        project.Codings.Append("ben", new CodingRecord(DateTimeOffset.UnixEpoch, "ben", "d.p001", "tone", ["0"], string.Empty, "h", "u"));
        project.Codings.Append("ben", new CodingRecord(DateTimeOffset.UnixEpoch, "ben", "d.p002", "tone", ["0"], string.Empty, "h", "u"));

        // anna 2 + ben 1 on p001; ben 1 on p002.
        Assert.Equal(new Dictionary<string, int> { ["d.p001"] = 3, ["d.p002"] = 1 }, project.CodingCountsByUnit());
    }

    [Fact]
    public void ImportCorpus_PeriodsFromQcatYaml_AssignedByDate()
    {
        using var temp = new TempDirectory();
        temp.Write("qcat.yaml", "periods:\n  - {id: before, label: Before, start: 2020-01-01}\n  - {id: campaign, label: Campaign, start: 2024-08-01}\n");
        var early = temp.Write("early.md", "---\ndate: 2024-07-31\n---\nText.\n");
        var late = temp.Write("late.md", "---\ndate: 2024-08-01\n---\nText.\n");
        var given = temp.Write("given.md", "---\ndate: 2019-01-01\nperiod: campaign\n---\nText.\n");
        var project = Project.Open(temp.Path);
        project.ImportCorpus([early, late, given], new CorpusImportOptions());
        Assert.Equal(
            [("early", "before"), ("given", "campaign"), ("late", "campaign")],
            project.Corpus.Documents.Select(d => (d.Id, d.Metadata.Period)));
    }
}
