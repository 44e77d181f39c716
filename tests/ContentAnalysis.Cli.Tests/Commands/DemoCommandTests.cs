namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_ExampleProject_PrintsPipelineAndReliability()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "demo", "--bootstrap", "500");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshot.Verify(result.Out, "DemoCommandTests.ExampleProject");
    }

    [Fact]
    public void Demo_ChangesNothing()
    {
        using var project = ExampleProject.Copy();
        var before = Directory.EnumerateFiles(project.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        CliRunner.Run(project.Path, "demo", "--bootstrap", "100");

        var after = Directory.EnumerateFiles(project.Path, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    [Fact]
    public void Demo_EmptyFolder_Exit2NamesMissingCodebook()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "demo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no codebook", result.Error, StringComparison.Ordinal);
    }
}
