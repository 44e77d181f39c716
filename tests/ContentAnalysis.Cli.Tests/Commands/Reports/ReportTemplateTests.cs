namespace ContentAnalysis.Cli.Tests.Commands.Reports;

public sealed class ReportTemplateTests
{
    [Fact]
    public void Report_TemplatesOption_OverridesTheDefault()
    {
        using var project = ExampleProject.Copy();
        var templates = Path.Combine(project.Path, "my-templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "appendix.liquid"), "# Anhang\n\nKodierbuch {{ codebook.title | md }}, {{ agreement.dimensions.size }} Dimensionen.\n");

        var result = CliRunner.Run(project.Path, "report", "appendix", "--templates", "my-templates", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("# Anhang\n\nKodierbuch Russia and Azerbaijan after the Second Karabakh War, 4 Dimensionen.\n", File.ReadAllText(Path.Combine(project.Path, "reports", "out", "appendix.md")));
    }

    [Fact]
    public void Report_TemplatesInQcatYaml_OverrideTheDefault()
    {
        using var project = ExampleProject.Copy();
        Directory.CreateDirectory(Path.Combine(project.Path, "reports", "templates"));
        File.WriteAllText(Path.Combine(project.Path, "reports", "templates", "codebook.liquid"), "# Mine\n\n{{ codebook.version }}\n");
        File.AppendAllText(Path.Combine(project.Path, "qcat.yaml"), "\ntemplates: reports/templates\n");

        var result = CliRunner.Run(project.Path, "report", "codebook", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("# Mine\n\n1.0\n", File.ReadAllText(Path.Combine(project.Path, "reports", "out", "codebook.md")));
    }

    [Fact]
    public void Report_TemplateWithUnknownVariable_LocatedErrorExit2()
    {
        using var project = ExampleProject.Copy();
        var templates = Path.Combine(project.Path, "t");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "appendix.liquid"), "# A\n\n{% for d in agreement.dimensions %}{{ d.alpah }}{% endfor %}\n");

        var result = CliRunner.Run(project.Path, "report", "appendix", "--templates", "t", "--bootstrap", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{Path.Combine(templates, "appendix.liquid")}(3,41): error QCA5002: unknown member 'alpah' in 'd.alpah' (did you mean 'alpha'?)\n", result.Error);
        Assert.False(Directory.Exists(Path.Combine(project.Path, "reports", "out")));
    }

    [Fact]
    public void Report_TemplateNamingAnUnknownFigure_LocatedErrorExit2()
    {
        using var project = ExampleProject.Copy();
        Directory.CreateDirectory(Path.Combine(project.Path, "t"));
        File.WriteAllText(Path.Combine(project.Path, "t", "appendix.liquid"), "# A\n\n![Figure 1. Alpha](figure:alpha)\n");

        var result = CliRunner.Run(project.Path, "report", "appendix", "--templates", "t", "--bootstrap", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA5004: The report names figure 'alpha', which it was not given.", result.Error, StringComparison.Ordinal);
        Assert.Contains("figures: alpha-categories, alpha-dimensions", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownReport_SuggestsTheClosest()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "report", "apendix", "--bootstrap", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA5006: no template 'apendix.liquid'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportTemplates_WritesTheDefaultsOnceThenRefusesWithoutForce()
    {
        using var project = ExampleProject.Copy();

        var first = CliRunner.Run(project.Path, "report", "templates", "--out", "reports/templates");
        var second = CliRunner.Run(project.Path, "report", "templates", "--out", "reports/templates");
        var forced = CliRunner.Run(project.Path, "report", "templates", "--out", "reports/templates", "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("reports/templates/appendix.liquid\nreports/templates/codebook.liquid\nreports/templates/findings.liquid\nreports/templates/reliability.liquid\n", first.Out);
        Assert.Equal(2, second.ExitCode);
        Assert.Equal(4, second.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("QCA5005", StringComparison.Ordinal)));
        Assert.Equal(0, forced.ExitCode);
    }

    [Fact]
    public void ReportCheck_ExampleProject_ListsEveryMissingItemExit2()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "report", "appendix", "--check", "--bootstrap", "0");

        // qcat.yaml leaves training and pilot rounds open on purpose; the reconciliation counts come from gold.csv.
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "appendix: 2 item(s) to be completed by the author:\n"
            + "  - amount of coder training (study.training_hours)\n"
            + "  - pilot rounds before the reliability sample, on units outside it (study.pilot_rounds)\n",
            result.Out);
        Assert.False(Directory.Exists(Path.Combine(project.Path, "reports", "out")));
    }

    [Fact]
    public void ReportCheck_NothingMissing_Exit0()
    {
        using var project = ExampleProject.Copy();
        Directory.CreateDirectory(Path.Combine(project.Path, "t"));
        File.WriteAllText(Path.Combine(project.Path, "t", "appendix.liquid"), "# A\n\n{{ study.title | author_or: \"title\" }}\n");

        var result = CliRunner.Run(project.Path, "report", "appendix", "--check", "--templates", "t", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("appendix: complete, nothing left for the author\n", result.Out);
    }
}
