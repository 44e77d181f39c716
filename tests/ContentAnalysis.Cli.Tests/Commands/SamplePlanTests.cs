namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class SamplePlanTests
{
    // Krippendorff (2004, §11.4.3) as quoted in the ATLAS.ti 8 ICA manual: p_c = .25, alpha_min .800, p .05 → 139 units.
    [Fact]
    public void Plan_FourCategories_BookValueWithItsSource()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "sample", "plan", "--alpha-min", ".800", "--significance", ".05", "--categories", "4", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("units,alpha_min,significance,categories,smallest_share,basis", lines[0]);
        Assert.StartsWith("139,0.800,0.05,4,0.250,", lines[1], StringComparison.Ordinal);
        Assert.Contains("Krippendorff (2004, §11.4.3", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_AlphaMinOutOfRange_QCA6040()
    {
        using var temp = new TempDirectory();

        var result = CliRunner.Run(temp.Path, "sample", "plan", "--alpha-min", "1.5", "--categories", "4");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA6040: --alpha-min 1.5: out of range", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SizeAuto_UsesThePlanAndSaysSo()
    {
        using var project = new CodeTestProject();

        var result = project.Run("sample", "create", "rel", "--size", "auto", "--seed", "1");

        // The test corpus has 5 units, far fewer than any plan asks for: the plan's number is refused with QCA6004-style range error.
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--size auto: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Krippendorff (2004, §11.4.3", result.Out, StringComparison.Ordinal);
        Assert.Contains("the corpus has 5", result.Error, StringComparison.Ordinal);
    }
}
