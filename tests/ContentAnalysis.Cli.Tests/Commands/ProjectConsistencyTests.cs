namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>Every command opens the project one way: the same mistake gets the same code and the same project-relative file.</summary>
public sealed class ProjectConsistencyTests : IDisposable
{
    private const string Codebook = "codebooks/russia-south-caucasus.yaml";

    private readonly TempDirectory _project = ExampleProject.Copy();

    public ProjectConsistencyTests() => _project.Write("quit.txt", "q\n");

    public void Dispose() => _project.Dispose();

    [Fact]
    public void UnknownDimension_SameLineInEveryCommand()
    {
        const string Expected = Codebook + ": error QCA0002: unknown dimension 'russia_rol' (did you mean 'russia_role'?)\n";
        string[][] commands =
        [
            ["agree", "--dimension", "russia_rol", "--bootstrap", "0"],
            ["code", "--coder", "dora", "--script", "quit.txt", "--dimension", "russia_rol"],
            ["codings", "export", "--dimension", "russia_rol"],
            ["codebook", "show", "--dimension", "russia_rol"],
        ];
        foreach (var args in commands)
        {
            var result = Run(args);
            Assert.Equal((2, Expected), (result.ExitCode, result.Error));
        }
    }

    [Fact]
    public void UnknownCoder_SameLineInEveryCommand()
    {
        const string Expected = "data/codings/: error QCA0001: coder 'annie' has no journal (coders: anna, ben, chen, gold)\n";
        foreach (var args in new[] { new[] { "agree", "--coders", "annie,ben" }, ["codings", "export", "--coder", "annie"] })
        {
            var result = Run(args);
            Assert.Equal((2, Expected), (result.ExitCode, result.Error));
        }
    }

    [Fact]
    public void SampleGivenAsPath_RefusedByEveryCommandTakingASample()
    {
        const string Expected = "error QCA6007: sample name '../../README' is not allowed (a sample is named, not a path: use letters, digits, '_' and '-' ('all' means the whole corpus))\n";
        string[][] commands =
        [
            ["agree", "--sample", "../../README"],
            ["progress", "--sample", "../../README"],
            ["code", "--coder", "dora", "--script", "quit.txt", "--sample", "../../README"],
            ["demo", "--sample", "../../README"],
            ["sample", "show", "../../README"],
            ["sample", "create", "../../README", "--size", "5"],
        ];
        foreach (var args in commands)
        {
            var result = Run(args);
            Assert.Equal((2, string.Empty, Expected), (result.ExitCode, result.Out, result.Error));
        }
    }

    [Fact]
    public void UnknownSample_SameLineInEveryCommand()
    {
        const string Expected = "data/samples/reliabilty.csv: error QCA6001: sample 'reliabilty' does not exist (did you mean 'reliability'?)\n";
        string[][] commands =
        [
            ["agree", "--sample", "reliabilty"],
            ["progress", "--sample", "reliabilty"],
            ["code", "--coder", "dora", "--script", "quit.txt", "--sample", "reliabilty"],
            ["demo", "--sample", "reliabilty"],
            ["sample", "show", "reliabilty"],
        ];
        foreach (var args in commands)
        {
            var result = Run(args);
            Assert.Equal((2, Expected), (result.ExitCode, result.Error));
        }
    }

    [Fact]
    public void Lists_CommaSeparatedAndRepeated_SameResult()
    {
        var comma = Run("agree", "--coders", "anna,ben", "--dimension", "russia_role,azerbaijan_strategy", "--coefficients", "percent_agreement,krippendorff_alpha_nominal", "--bootstrap", "0", "--format", "csv");
        var repeated = Run("agree", "--coders", "anna", "--coders", "ben", "--dimension", "russia_role", "--dimension", "azerbaijan_strategy", "--coefficients", "percent_agreement", "--coefficients", "krippendorff_alpha_nominal", "--bootstrap", "0", "--format", "csv");
        Assert.Equal((0, string.Empty), (comma.ExitCode, comma.Error));
        Assert.Equal(comma.Out, repeated.Out);
        Assert.Contains("azerbaijan_strategy", comma.Out, StringComparison.Ordinal);

        var exportComma = Run("codings", "export", "--coder", "anna,ben");
        var exportRepeated = Run("codings", "export", "--coder", "anna", "--coder", "ben");
        Assert.Equal((0, exportComma.Out), (exportRepeated.ExitCode, exportRepeated.Out));
        Assert.Contains("\nben,", exportComma.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\nchen,", exportComma.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenCodebook_RefusedByCodingsExportAsByEveryOtherCommand()
    {
        File.AppendAllText(Path.Combine(_project.Path, Codebook), "unknown_top_level_key: 1\n");
        foreach (var args in new[] { new[] { "codings", "export" }, ["progress"], ["check"] })
        {
            var result = Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith(Codebook + "(", result.Error, StringComparison.Ordinal);
            Assert.Contains("error QCA1002: unknown key 'unknown_top_level_key'", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void QcatYamlUnknownKey_NamesKeyAndLine()
    {
        File.AppendAllText(Path.Combine(_project.Path, "qcat.yaml"), "periodz: []\n");
        var result = Run("progress");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^qcat\.yaml\(\d+,1\): error QCA1900: unknown key 'periodz' in qcat\.yaml \(did you mean 'periods'\?\)\n$", result.Error);
    }

    [Fact]
    public void CodebookOverride_PathRelativeToWorkingFolder_WithProjectOption()
    {
        var parent = Path.GetDirectoryName(_project.Path)!;
        var name = Path.GetFileName(_project.Path);
        var result = CliRunner.Run(parent, "--project", name, "progress", "--codebook", $"{name}/{Codebook}");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var missing = CliRunner.Run(parent, "--project", name, "progress", "--codebook", "nope.yaml");
        Assert.Equal((2, "error QCA1901: codebook 'nope.yaml' not found (give a path to a .yaml file or the name of a file in codebooks/)\n"), (missing.ExitCode, missing.Error));
    }

    private CliResult Run(params string[] args) => CliRunner.Run(_project.Path, args);
}
