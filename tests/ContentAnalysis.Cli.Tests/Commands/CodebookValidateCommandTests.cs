using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class CodebookValidateCommandTests
{
    private const string Broken = """
        id: broken
        title: Broken
        version: "1"
        dimensions:
          - id: d
            label: D
            question: Q?
            kind: single
            categories:
              - id: a
                label: A
                defintion: typo
                examples: [ex]
        """;

    private static TempDirectory ProjectWithShippedCodebooks()
    {
        var temp = new TempDirectory();
        foreach (var name in new[] { "example-minimal.yaml", "russia-south-caucasus.yaml" })
        {
            temp.Write(Path.Combine("codebooks", name), File.ReadAllText(RepositoryRoot.Combine("codebooks", name)));
        }

        return temp;
    }

    [Fact]
    public void Validate_ShippedCodebooks_ExitsZeroWithOneSummaryLineEach()
    {
        using var temp = ProjectWithShippedCodebooks();
        var result = CliRunner.Run(temp.Path, "codebook", "validate");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("codebooks/example-minimal.yaml: 0 errors, 0 warnings\ncodebooks/russia-south-caucasus.yaml: 0 errors, 0 warnings\n", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Validate_BrokenCodebook_ExitsTwoWithLocatedLine()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/broken.yaml", Broken);
        var result = CliRunner.Run(temp.Path, "codebook", "validate", "codebooks/broken.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/broken.yaml: 1 error, 1 warning\n", result.Out);
        Assert.Equal(
            "codebooks/broken.yaml(10,9): warning QCA1101: category 'a' has no definition (say in a sentence or two what the category means)\n"
            + "codebooks/broken.yaml(12,9): error QCA1002: unknown key 'defintion' in category 'a' (did you mean 'definition'?)\n",
            result.Error);
    }

    [Fact]
    public void Validate_WarningsOnly_ExitsZero()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/w.yaml", Broken.Replace("        defintion: typo\n", string.Empty, StringComparison.Ordinal));
        var result = CliRunner.Run(temp.Path, "codebook", "validate");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("codebooks/w.yaml: 0 errors, 1 warning\n", result.Out);
        Assert.Contains("w.yaml(10,9): warning QCA1101", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithMessage()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "codebook", "validate", "nope.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("nope.yaml: 1 error, 0 warnings\n", result.Out);
        Assert.Equal("nope.yaml: error QCA9001: codebook file not found (check the path; without arguments every file in codebooks/ is checked)\n", result.Error);
    }

    [Fact]
    public void Validate_FolderAsFile_SaysItIsAFolderAndChecksTheOthers()
    {
        using var temp = ProjectWithShippedCodebooks();
        var result = CliRunner.Run(temp.Path, "codebook", "validate", "codebooks", "codebooks/example-minimal.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks: 1 error, 0 warnings\ncodebooks/example-minimal.yaml: 0 errors, 0 warnings\n", result.Out);
        Assert.Equal("codebooks: error QCA9001: this is a folder, not a codebook file (pass the path of a .yaml file)\n", result.Error);
    }

    [Fact]
    public void Validate_Latin1File_ExitsTwoWithOneLocatedLine()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("codebooks/latin1.yaml", [.. "id: t\ntitle: "u8, 0xC9, .. "t\u00e9\n"u8]);
        var result = CliRunner.Run(temp.Path, "codebook", "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codebooks/latin1.yaml: 1 error, 0 warnings\n", result.Out);
        Assert.StartsWith("codebooks/latin1.yaml(2,8): error QCA1017: the file is not UTF-8 text: byte 0xC9 at line 2, column 8 is not valid UTF-8 (save the file as UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Validate_NoCodebooksFolder_ExitsTwo()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "codebook", "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("qcat: no codebook files in codebooks/; pass the files to check\n", result.Error);
    }

    [Fact]
    public void Validate_JsonFormat_PrintsDiagnosticsOnStdout()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/broken.yaml", Broken);
        var result = CliRunner.Run(temp.Path, "codebook", "validate", "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var file = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("codebooks/broken.yaml", file.GetProperty("file").GetString());
        Assert.Equal((1, 1), (file.GetProperty("errors").GetInt32(), file.GetProperty("warnings").GetInt32()));
        var error = file.GetProperty("diagnostics")[1];
        Assert.Equal("QCA1002", error.GetProperty("code").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal((12, 9), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Equal("did you mean 'definition'?", error.GetProperty("hint").GetString());
    }
}
