using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Projects;

public sealed class ProjectTemplateTests
{
    [Fact]
    public void Create_EmptyFolder_FoldersSettingsAndCleanStarterCodebook()
    {
        using var temp = new TempDirectory();
        var root = Path.Combine(temp.Path, "study");
        Assert.Equal(["qcat.yaml", "codebooks/codebook.yaml", "data/", "reports/"], ProjectTemplate.Create(root));
        Assert.True(Directory.Exists(Path.Combine(root, "data")));
        Assert.True(Directory.Exists(Path.Combine(root, "reports")));
        var settings = ProjectSettings.Load(new ProjectLayout(root));
        Assert.Equal("codebooks/codebook.yaml", settings.Codebook);
        Assert.Empty(settings.Periods.Periods);
        var result = CodebookLoader.LoadFile(Path.Combine(root, "codebooks", "codebook.yaml"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["topic", "tone"], result.Codebook!.Dimensions.Select(d => d.Id));
    }

    [Fact]
    public void Settings_CommentedPeriodsUncommented_AreValid()
    {
        var uncommented = string.Join('\n', ProjectTemplate.Settings.Split('\n').Select(l => l.StartsWith("# periods:", StringComparison.Ordinal) || l.StartsWith("#   ", StringComparison.Ordinal) ? l[2..] : l));
        Assert.Equal(["before", "campaign"], ProjectSettings.Parse(uncommented, "qcat.yaml").Periods.Ids);
    }

    [Theory]
    [InlineData("qcat.yaml")]
    [InlineData("codebooks/mine.yaml")]
    [InlineData("data/documents.csv")]
    public void Create_ExistingProject_RefusedAndNothingChanged(string marker)
    {
        using var temp = new TempDirectory();
        temp.Write(marker, "x: 1\n");
        var error = Assert.Throws<InputException>(() => ProjectTemplate.Create(temp.Path));
        Assert.Equal($"{marker}: error QCA0004: a project exists here already; nothing was changed (run 'qcat init' in an empty folder, or name a new one: 'qcat init DIR')", Assert.Single(error.Diagnostics).ToString());
        Assert.Equal("x: 1\n", File.ReadAllText(Path.Combine(temp.Path, marker)));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "reports")));
    }
}
