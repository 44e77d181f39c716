namespace ContentAnalysis.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsWithUsageError()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "no-such-command");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-command", result.Error, StringComparison.Ordinal);
    }

    // A run of one verb builds only that verb, found by the name in CliApp.Verbs: each name must be its command's.
    [Fact]
    public void Verbs_NamesAreTheCommandsNames_AndRootHelpListsEvery()
    {
        using var temp = new TempDirectory();
        var context = CliContext.ForTest(temp.Path, new StringWriter(), new StringWriter());
        foreach (var (name, create) in CliApp.Verbs)
        {
            Assert.Equal(name, create(context).Name);
            Assert.Equal([name], CliApp.Build(context, name).Subcommands.Select(c => c.Name));
        }

        var help = CliRunner.Run(temp.Path, "--help").Out;
        Assert.All(CliApp.Verbs, v => Assert.Contains("  " + v.Name + " ", help, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Version_PrintsAssemblyVersion()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsUsage()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("qualitative content analysis", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadOptionValue_OneLineErrorNamingHelpNoHelpText()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "agree", "--format", "xml");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("qcat: error: option '--format' expects one of table, json, csv, md, not 'xml' (see 'qcat agree --help')", result.Error.TrimEnd());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Run_UnknownOptionOnSubcommand_EachErrorOneLine()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "corpus", "list", "--frobnicate");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("qcat: error: ", line, StringComparison.Ordinal);
        Assert.Contains("--frobnicate", line, StringComparison.Ordinal);
        Assert.EndsWith("(see 'qcat corpus list --help')", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--level", "bad", "qcat: error: option '--level' expects one of nominal, ordinal, interval, ratio, not 'bad' (see 'qcat agree --help')")]
    [InlineData("--seed", "x", "qcat: error: option '--seed' expects a whole number, not 'x' (see 'qcat agree --help')")]
    public void Run_UnparsableOptionValue_SaysWhatIsExpected(string option, string value, string expected)
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "agree", option, value);
        Assert.Equal((1, expected), (result.ExitCode, result.Error.TrimEnd()));
    }

    [Fact]
    public void Help_EnumOptions_ShowLowerCaseValuesAndDefault()
    {
        using var temp = new TempDirectory();
        var help = CliRunner.Run(temp.Path, "agree", "--help").Out;
        Assert.Contains("--level <nominal|ordinal|interval|ratio>", help, StringComparison.Ordinal);
        Assert.Contains("--format <table|json|csv|md>", help, StringComparison.Ordinal);
        Assert.Contains("(default: table)", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Table", help, StringComparison.Ordinal);
    }
}
