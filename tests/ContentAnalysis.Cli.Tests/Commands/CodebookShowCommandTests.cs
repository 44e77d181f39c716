using System.Globalization;
using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class CodebookShowCommandTests
{
    private const string Minimal = "codebooks/example-minimal.yaml";

    private static TempDirectory Project()
    {
        var temp = new TempDirectory();
        temp.Write(Minimal, File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")));
        return temp;
    }

    private static string Show(params string[] args)
    {
        using var temp = Project();
        var result = CliRunner.Run(temp.Path, ["codebook", "show", .. args]);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        return result.Out;
    }

    [Fact]
    public void Show_Table_MatchesSnapshot() => Snapshot.Verify(Show(Minimal), "codebook-show-table");

    [Fact]
    public void Show_Markdown_MatchesSnapshot() => Snapshot.Verify(Show(Minimal, "--format", "md"), "codebook-show", "md");

    [Fact]
    public void Show_Json_MatchesSnapshot() => Snapshot.Verify(Show(Minimal, "--format", "json"), "codebook-show", "json");

    [Fact]
    public void Show_Category_ShowsTheFullEntry() => Snapshot.Verify(Show(Minimal, "--category", "fares"), "codebook-show-category");

    [Fact]
    public void Show_Dimension_ShowsOnlyThatDimension()
    {
        var output = Show(Minimal, "--dimension", "tone");
        Assert.Contains("Tone towards the operator (tone)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Topic (topic)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_CategoryAsJson_NarrowsTheModel()
    {
        using var json = JsonDocument.Parse(Show(Minimal, "-c", "funding_cut", "-f", "json"));
        var dimension = Assert.Single(json.RootElement.GetProperty("dimensions").EnumerateArray().ToList());
        Assert.Equal("topic", dimension.GetProperty("id").GetString());
        Assert.Equal("funding_cut", Assert.Single(dimension.GetProperty("categories").EnumerateArray().ToList()).GetProperty("id").GetString());
    }

    [Fact]
    public void Show_DefaultFile_ComesFromQcatYaml()
    {
        using var temp = Project();
        temp.Write("codebooks/other.yaml", "id: other\n");
        temp.Write("qcat.yaml", "codebook: " + Minimal + "\n");
        var result = CliRunner.Run(temp.Path, "codebook", "show", "--format", "md");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Minimal example codebook\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownDimension_ExitsTwoWithSuggestion()
    {
        using var temp = Project();
        var result = CliRunner.Run(temp.Path, "codebook", "show", Minimal, "--dimension", "tones");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/example-minimal.yaml: error QCA0002: unknown dimension 'tones' (did you mean 'tone'?)\n", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Show_UnknownCategory_ExitsTwoWithSuggestion()
    {
        using var temp = Project();
        var result = CliRunner.Run(temp.Path, "codebook", "show", Minimal, "--category", "fare");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/example-minimal.yaml: error QCA0003: unknown category 'fare' (did you mean 'fares'?)\n", result.Error);
    }

    [Fact]
    public void Show_CategoryOfAnotherDimension_NamesItsDimension()
    {
        using var temp = Project();
        var result = CliRunner.Run(temp.Path, "codebook", "show", Minimal, "--category", "fares", "--dimension", "tone");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/example-minimal.yaml: error QCA0003: category 'fares' is in dimension 'topic', not 'tone' (use --dimension topic, or leave --dimension out)\n", result.Error);
    }

    [Fact]
    public void Show_CategoryOnAScaleDimension_SaysItHasLevels()
    {
        using var temp = Project();
        var result = CliRunner.Run(temp.Path, "codebook", "show", Minimal, "--category", "critical", "--dimension", "tone");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/example-minimal.yaml: error QCA0003: dimension 'tone' is an ordinal scale with levels, not categories (see its levels with 'qcat codebook show --dimension tone')\n", result.Error);
    }

    [Fact]
    public void Show_FolderAsFile_SaysItIsAFolder()
    {
        using var temp = Project();
        var result = CliRunner.Run(temp.Path, "codebook", "show", "codebooks");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error QCA1901: 'codebooks' is a folder, not a codebook file (pass the path of a .yaml file inside it)\n", result.Error);
    }

    [Fact]
    public void Show_BrokenCodebook_ExitsTwoWithDiagnostics()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/b.yaml", "id: b\ntitle: B\nversion: '1'\ndimensions: []\n");
        var result = CliRunner.Run(temp.Path, "codebook", "show", "codebooks/b.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "codebooks/b.yaml(4,13): error QCA1004: the codebook has no dimensions (add a 'dimensions:' list with at least one dimension)\n"
            + "qcat: codebooks/b.yaml: the codebook has errors; run 'qcat codebook validate codebooks/b.yaml'\n",
            result.Error);
    }

    [Fact]
    public void Show_AmbiguousCategory_AsksForTheDimension()
    {
        using var temp = new TempDirectory();
        const string dimension = "  - id: {0}\n    label: L\n    question: Q?\n    kind: multi\n    categories: [{{id: same, label: S, definition: D., examples: [E.]}}]\n";
        temp.Write("codebooks/two.yaml", "id: two\ntitle: T\nversion: '1'\ndimensions:\n" + string.Format(CultureInfo.InvariantCulture, dimension, "first") + string.Format(CultureInfo.InvariantCulture, dimension, "second"));
        var result = CliRunner.Run(temp.Path, "codebook", "show", "two", "--category", "same");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/two.yaml: error QCA0003: category 'same' exists in dimensions first, second (choose one with --dimension)\n", result.Error);
        Assert.Equal(0, CliRunner.Run(temp.Path, "codebook", "show", "two", "--category", "same", "--dimension", "second").ExitCode);
    }

    [Fact]
    public void Show_ShippedStudyCodebookAsMarkdown_MatchesSnapshot()
    {
        // The codebook document of the example study: reviewed as a whole whenever the codebook changes.
        using var temp = new TempDirectory();
        temp.Write("codebooks/russia-south-caucasus.yaml", File.ReadAllText(RepositoryRoot.Combine("codebooks", "russia-south-caucasus.yaml")));
        var result = CliRunner.Run(temp.Path, "codebook", "show", "--format", "md");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Snapshot.Verify(result.Out, "codebook-russia-south-caucasus", "md");
    }
}
