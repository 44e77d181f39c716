namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>
/// Codes no other test raised (DiagnosticCoverageTests lists every catalogued code): each test makes the mistake
/// through the real command tree and asserts the code, the message and the exit code.
/// </summary>
public sealed class DiagnosticCodeTests
{
    [Fact]
    public void ProjectSettings_NotYaml_QCA1900()
    {
        using var project = ExampleProject.Copy();
        File.WriteAllText(Path.Combine(project.Path, "qcat.yaml"), "codebook: a\n  b: c\n");
        var result = CliRunner.Run(project.Path, "codebook", "show");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("qcat.yaml(2,", result.Error, StringComparison.Ordinal);
        Assert.Contains(": error QCA1900: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Codebook_TwoInCodebooksFolderNoneChosen_QCA1903()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/a.yaml", File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")));
        temp.Write("codebooks/b.yaml", File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")));
        var result = CliRunner.Run(temp.Path, "codebook", "show");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA1903: 2 codebooks in codebooks/ and none chosen", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AgreeMatrix_UnclosedQuote_QCA4003()
    {
        using var temp = new TempDirectory();
        temp.Write("m.csv", "A,B\n1,\"2\n3,4\n");
        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "m.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("m.csv(", result.Error, StringComparison.Ordinal);
        Assert.Contains(": error QCA4003: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("(check the quotes on that line)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AgreeMatrix_EmptyFile_QCA4004()
    {
        using var temp = new TempDirectory();
        temp.Write("m.csv", string.Empty);
        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "m.csv");
        Assert.Equal((2, "m.csv(1): error QCA4004: the file is empty (put coder names in the first row and one unit per row below)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Agree_UnknownCoefficient_QCA4020()
    {
        using var temp = new TempDirectory();
        temp.Write("m.csv", "A,B\n1,1\n2,2\n");
        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "m.csv", "--coefficients", "krippendorf_alpha");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA4020: unknown coefficient 'krippendorf_alpha' in --coefficients", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_OneJournal_QCA4021()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data/codings/ben.csv"));
        File.Delete(Path.Combine(project.Path, "data/codings/chen.csv"));
        var result = CliRunner.Run(project.Path, "agree", "--bootstrap", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA4021: 1 coder journal(s) in data/codings/", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_SampleNamingAUnitNotInTheCorpus_QCA6004()
    {
        using var project = ExampleProject.Copy();
        var sample = Path.Combine(project.Path, "data/samples/reliability.csv");
        File.WriteAllText(sample, File.ReadAllText(sample).Replace("brief-2020-07-balancing-act.p003,", "brief-2020-07-balancing-act.p999,", StringComparison.Ordinal));
        var result = CliRunner.Run(project.Path, "progress", "--sample", "reliability");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("data/samples/reliability.csv: error QCA6004: unit 'brief-2020-07-balancing-act.p999' of the sample is not in the corpus", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_SampleNameIsAPath_QCA6007()
    {
        using var project = ExampleProject.Copy();
        var result = CliRunner.Run(project.Path, "progress", "--sample", "../../README");
        Assert.Equal((2, "error QCA6007: sample name '../../README' is not allowed (a sample is named, not a path: use letters, digits, '_' and '-' ('all' means the whole corpus))\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Progress_NothingImported_QCA0005()
    {
        using var temp = new TempDirectory();
        temp.Write("codebooks/example-minimal.yaml", File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")));
        var result = CliRunner.Run(temp.Path, "progress");
        Assert.Equal((2, "data/units.csv: error QCA0005: the corpus has no units (import documents first with 'qcat corpus import FILES')\n"), (result.ExitCode, result.Error));
    }
}
