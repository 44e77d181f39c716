using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class AgreeProjectTests
{
    private static JsonElement Result(JsonDocument json, string subject) =>
        json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("subject").GetString() == subject);

    private static double? Value(JsonElement report, string coefficient)
    {
        var value = report.GetProperty("coefficients").GetProperty(coefficient).GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }

    [Fact]
    public void Project_OrdinalDimension_EqualsMatrixModeOnExportedMatrix()
    {
        using var project = ExampleProject.Copy();
        var export = CliRunner.Run(project.Path, "codings", "export", "--format", "matrix", "--dimension", "relations_tone", "--output", "tone.csv");
        Assert.Equal(0, export.ExitCode);

        var fromProject = CliRunner.Run(project.Path, "agree", "--bootstrap", "0", "--format", "json");
        var fromMatrix = CliRunner.Run(project.Path, "agree", "--matrix", "tone.csv", "--level", "ordinal", "--format", "json");

        Assert.Equal(0, fromProject.ExitCode);
        using var projectJson = JsonDocument.Parse(fromProject.Out);
        using var matrixJson = JsonDocument.Parse(fromMatrix.Out);
        var tone = Result(projectJson, "relations_tone");
        Assert.Equal("ordinal", tone.GetProperty("level").GetString());
        foreach (var name in new[] { "krippendorff_alpha", "krippendorff_alpha_interval", "fleiss_kappa", "gwet_ac2_quadratic" })
        {
            Assert.Equal(Value(Result(matrixJson, "tone.csv"), name), Value(tone, name));
        }

        Assert.InRange(Value(tone, "krippendorff_alpha")!.Value, 0.5, 1.0);
    }

    // The README lists krippendorff_alpha_masi and _jaccard as keys; --coefficients rejected them, and
    // a multi dimension listed both whatever --coefficients asked for.
    [Fact]
    public void Project_CoefficientsOnMultiDimension_SetAlphasSelectable()
    {
        using var project = ExampleProject.Copy();

        var jaccard = CliRunner.Run(project.Path, "agree", "-d", "russia_role", "--bootstrap", "0", "--coefficients", "krippendorff_alpha_jaccard", "--format", "json");
        var fleiss = CliRunner.Run(project.Path, "agree", "-d", "russia_role", "--bootstrap", "0", "--coefficients", "fleiss_kappa", "--format", "json");

        Assert.Equal(0, jaccard.ExitCode);
        Assert.Equal(0, fleiss.ExitCode);
        using var jaccardJson = JsonDocument.Parse(jaccard.Out);
        using var fleissJson = JsonDocument.Parse(fleiss.Out);
        Assert.Equal(["krippendorff_alpha_jaccard"], Result(jaccardJson, "russia_role").GetProperty("coefficients").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["fleiss_kappa"], Result(fleissJson, "russia_role").GetProperty("coefficients").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Project_Sample_RestrictsUnitsAndCategoriesGetRows()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "--dimension", "russia_role", "--by-category", "--bootstrap", "0", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var role = Result(json, "russia_role");
        Assert.Equal(36, role.GetProperty("units").GetInt32());
        Assert.Equal(3, role.GetProperty("coders").GetInt32());

        // Multi dimension: headline alpha is MASI over category sets; whole-set nominal alpha is listed too.
        Assert.Equal(Value(role, "krippendorff_alpha_masi"), Value(role, "krippendorff_alpha"));
        Assert.False(role.GetProperty("coefficients").TryGetProperty("krippendorff_alpha_interval", out _));
        foreach (var category in new[] { "ally_of_armenia", "mediator", "partner_of_azerbaijan", "partner_of_turkey" })
        {
            var binary = Result(json, "russia_role/" + category);
            Assert.Equal(36, binary.GetProperty("units").GetInt32());
            Assert.NotNull(Value(binary, "krippendorff_alpha_nominal"));
        }
    }

    [Fact]
    public void Project_UnknownDimensionOrCoder_Exit2WithHint()
    {
        using var project = ExampleProject.Copy();

        var dimension = CliRunner.Run(project.Path, "agree", "--dimension", "russia_rol");
        var coder = CliRunner.Run(project.Path, "agree", "--coders", "anna,bem");

        Assert.Equal(2, dimension.ExitCode);
        Assert.Contains("unknown dimension 'russia_rol'", dimension.Error, StringComparison.Ordinal);
        Assert.Contains("russia_role", dimension.Error, StringComparison.Ordinal);
        Assert.Equal(2, coder.ExitCode);
        Assert.Contains("coder 'bem' has no journal", coder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_OneCoder_Exit2()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--coders", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least two coders", result.Error, StringComparison.Ordinal);
    }

    // --details was silently ignored in project mode; the diagnostics must match matrix mode on the same data.
    [Fact]
    public void Project_Details_EqualMatrixModeDetailsOnExportedMatrix()
    {
        using var project = ExampleProject.Copy();
        var export = CliRunner.Run(project.Path, "codings", "export", "--format", "matrix", "--dimension", "relations_tone", "--output", "tone.csv");
        Assert.Equal(0, export.ExitCode);

        var fromProject = CliRunner.Run(project.Path, "agree", "-d", "relations_tone", "-d", "russia_role", "--bootstrap", "0", "--details", "--format", "json");
        var fromMatrix = CliRunner.Run(project.Path, "agree", "--matrix", "tone.csv", "--level", "ordinal", "--details", "--format", "json");

        Assert.Equal((0, 0), (fromProject.ExitCode, fromMatrix.ExitCode));
        using var projectJson = JsonDocument.Parse(fromProject.Out);
        using var matrixJson = JsonDocument.Parse(fromMatrix.Out);
        var projectDetails = Result(projectJson, "relations_tone").GetProperty("details");
        var matrixDetails = matrixJson.RootElement.GetProperty("results")[0].GetProperty("details");
        foreach (var part in new[] { "coincidences", "confusion_matrices", "pairwise", "leave_one_coder_out", "prevalence", "disagreements" })
        {
            Assert.True(JsonElement.DeepEquals(matrixDetails.GetProperty(part), projectDetails.GetProperty(part)), part);
        }

        var anna = projectDetails.GetProperty("confusion_matrices")[0];
        Assert.Equal(("anna", "ben"), (anna.GetProperty("coder_a").GetString(), anna.GetProperty("coder_b").GetString()));
        Assert.Equal(["-2", "-1", "0", "1", "2"], anna.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.NotEmpty(projectDetails.GetProperty("disagreements").EnumerateArray());

        // A multi dimension's diagnostics compare whole category sets.
        var role = Result(projectJson, "russia_role").GetProperty("details");
        Assert.Contains(role.GetProperty("prevalence").EnumerateArray(), p => p.GetProperty("value").GetString()!.Contains(';', StringComparison.Ordinal));
    }

    [Fact]
    public void Project_DetailsTable_ShowsConfusionMatrixPerDimension()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "--bootstrap", "0", "--details");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("### Details: relations_tone", result.Out, StringComparison.Ordinal);
        Assert.Contains("### Details: azerbaijan_strategy", result.Out, StringComparison.Ordinal);
        Assert.Contains("#### Confusion matrix: anna (rows) × ben (columns)", result.Out, StringComparison.Ordinal);
    }
}
