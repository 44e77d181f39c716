namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_ThenValidateAndImport_Work()
    {
        using var temp = new TempDirectory();
        var init = CliRunner.Run(temp.Path, "init", "study");
        Assert.Equal(
            (0, "created project in study: qcat.yaml, codebooks/codebook.yaml, data/, reports/\nNext: cd study && edit codebooks/codebook.yaml, then 'qcat codebook validate' and 'qcat corpus import FILES'\n", string.Empty),
            (init.ExitCode, init.Out, init.Error));

        var project = Path.Combine(temp.Path, "study");
        var validate = CliRunner.Run(project, "codebook", "validate");
        Assert.Equal((0, "codebooks/codebook.yaml: 0 errors, 0 warnings\n"), (validate.ExitCode, validate.Out));

        temp.Write("study/sources/bericht-nr-1-ü.txt", "Erster Absatz.\n\nZweiter Absatz.\n");
        var import = CliRunner.Run(project, "corpus", "import", "sources/bericht-nr-1-ü.txt");
        Assert.Equal((0, "added     bericht-nr-1-u (2 units) from sources/bericht-nr-1-ü.txt\n", string.Empty), (import.ExitCode, import.Out, import.Error));

        // No periods declared: the period column stays empty.
        var list = CliRunner.Run(project, "corpus", "list", "--format", "csv");
        Assert.Equal("id,title,author,source,date,period,units\nbericht-nr-1-u,,,,,,2\n", list.Out);
    }

    [Fact]
    public void Init_ExistingProject_ExitTwoNothingChanged()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, CliRunner.Run(temp.Path, "init").ExitCode);
        File.WriteAllText(Path.Combine(temp.Path, "qcat.yaml"), "codebook: mine.yaml\n");
        var again = CliRunner.Run(temp.Path, "init");
        Assert.Equal(
            (2, string.Empty, "qcat.yaml: error QCA0004: a project exists here already; nothing was changed (run 'qcat init' in an empty folder, or name a new one: 'qcat init DIR')\n"),
            (again.ExitCode, again.Out, again.Error));
        Assert.Equal("codebook: mine.yaml\n", File.ReadAllText(Path.Combine(temp.Path, "qcat.yaml")));
    }
}
