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
    public void Demo_Default_SaysItUsedAgreesBootstrapDefaultAndWhyUnitsAreFewer()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("from 1,000 bootstrap resamples (seed 2007)", result.Out, StringComparison.Ordinal);
        // relations_tone is optional: 5 of the 36 reliability units were left uncoded by a coder.
        Assert.Contains("relations_tone has 31 units: optional dimension, left uncoded on 5 of the 36 units", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_NextHints_NameACategoryAndDimensionOfTheProjectsCodebook()
    {
        using var project = ExampleProject.Copy();
        // The hints follow the results on this codebook (weakest dimension and category), not a name fixed in the code.
        var codebookText = string.Concat(Directory.EnumerateFiles(Path.Combine(project.Path, "codebooks"), "*.yaml").Select(File.ReadAllText));

        var result = CliRunner.Run(project.Path, "demo", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        var next = result.Out[result.Out.IndexOf("Next:", StringComparison.Ordinal)..];
        var category = next.Split("--category ")[1].Split('\n')[0];
        var dimension = next.Split("--dimension ")[1].Split('\n')[0];
        Assert.Contains("id: " + category, codebookText, StringComparison.Ordinal);
        Assert.Contains("id: " + dimension, codebookText, StringComparison.Ordinal);
        Assert.Contains("verdicts rest on the point estimate only", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_WithoutGold_SaysHowToReconcileInsteadOfInventingFindings()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data", "codings", "gold.csv"));

        var result = CliRunner.Run(project.Path, "demo", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reconciliation: no 'gold' coding yet (qcat reconcile --coders a,b); the findings report needs it\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("most frequent", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ChangesNothingButTheReportsFolder()
    {
        using var project = ExampleProject.Copy();
        var before = Directory.EnumerateFiles(project.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        CliRunner.Run(project.Path, "demo", "--bootstrap", "100");

        var reports = Path.Combine(project.Path, "reports", "out") + Path.DirectorySeparatorChar;
        var after = Directory.EnumerateFiles(project.Path, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(reports, StringComparison.Ordinal)).ToList();
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
