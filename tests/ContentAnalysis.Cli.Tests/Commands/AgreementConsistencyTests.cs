using System.Globalization;
using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>agree, progress and demo read agreement from one service: same headline, same verdict rule.</summary>
public sealed class AgreementConsistencyTests
{
    // Issue 15: progress once showed the mean of per-category binary alphas for russia_tactic (.826, "reliable")
    // while agree showed MASI alpha (.778, "tentative"). Both must now show the same headline on every dimension.
    [Fact]
    public void ProgressAndAgree_ExampleProject_SameHeadlineAlphaForEveryDimension()
    {
        using var project = ExampleProject.Copy();

        var agree = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "--bootstrap", "0", "--format", "json");
        var progress = CliRunner.Run(project.Path, "progress", "--sample", "reliability", "--format", "json");

        Assert.Equal(0, agree.ExitCode);
        Assert.Equal(0, progress.ExitCode);
        using var agreeJson = JsonDocument.Parse(agree.Out);
        using var progressJson = JsonDocument.Parse(progress.Out);
        var fromAgree = agreeJson.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("subject").GetString()!, r => (Alpha: r.GetProperty("coefficients").GetProperty("krippendorff_alpha").GetProperty("value").GetDouble(), Verdict: r.GetProperty("verdict").GetProperty("value").GetString()));
        var fromProgress = progressJson.RootElement.GetProperty("agreement").EnumerateArray()
            .ToDictionary(a => a.GetProperty("dimension").GetString()!, a => (Alpha: a.GetProperty("alpha").GetDouble(), Verdict: a.GetProperty("verdict").GetProperty("value").GetString()));

        // Every dimension of the example codebook, named here so a lost dimension fails the test.
        string[] dimensions = ["russia_role", "azerbaijan_strategy", "russia_tactic", "relations_tone"];
        Assert.Equal(dimensions.Order(), fromAgree.Keys.Order());
        Assert.Equal(dimensions.Order(), fromProgress.Keys.Order());
        foreach (var dimension in dimensions)
        {
            Assert.Equal(fromAgree[dimension], fromProgress[dimension]);
        }

        // The MASI alpha of russia_tactic the issue quotes, now in both.
        Assert.Equal(0.778, Math.Round(fromProgress["russia_tactic"].Alpha, 3));
        Assert.Equal("tentative", fromProgress["russia_tactic"].Verdict);
    }

    [Fact]
    public void Agree_Json_SameTopLevelShapeForOneDimensionManyDimensionsAndMatrix()
    {
        using var project = ExampleProject.Copy();
        project.Write("m.csv", "A,B\n1,1\n2,2\n1,2\n");

        var one = CliRunner.Run(project.Path, "agree", "-d", "russia_role", "--bootstrap", "0", "--format", "json");
        var all = CliRunner.Run(project.Path, "agree", "--bootstrap", "0", "--format", "json");
        var matrix = CliRunner.Run(project.Path, "agree", "--matrix", "m.csv", "--format", "json");

        foreach (var (run, count) in new[] { (one, 1), (all, 4), (matrix, 1) })
        {
            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Out);
            Assert.Equal(["bootstrap_resamples", "seed", "significance", "results"], json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(count, json.RootElement.GetProperty("results").GetArrayLength());
            Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Object, r.GetProperty("verdict").ValueKind));
        }
    }

    [Fact]
    public void Agree_DefaultBootstrap_IsTheSharedDefaultAndVerdictWeighsQ()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "-d", "russia_role", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1000, json.RootElement.GetProperty("bootstrap_resamples").GetInt32());
        Assert.Equal(0.05, json.RootElement.GetProperty("significance").GetDouble());
        var role = json.RootElement.GetProperty("results")[0];
        var alpha = role.GetProperty("coefficients").GetProperty("krippendorff_alpha");
        // Point estimate .819 ≥ .800, but about a third of the resamples fall below .800: not established.
        Assert.InRange(alpha.GetProperty("value").GetDouble(), 0.8, 0.82);
        Assert.InRange(alpha.GetProperty("q_below_800").GetDouble(), 0.05, 1);
        Assert.Equal("not_established", role.GetProperty("verdict").GetProperty("value").GetString());
        Assert.Equal("above .800, not established", role.GetProperty("verdict").GetProperty("label").GetString());
        Assert.False(role.GetProperty("verdict").GetProperty("rests_on_point_estimate").GetBoolean());
    }

    [Theory]
    [InlineData("csv", ",tentative")]
    [InlineData("md", "verdict: **tentative**")]
    [InlineData("table", "verdict: tentative")]
    public void Agree_EveryFormat_HasTheVerdict(string format, string expected)
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "-d", "russia_tactic", "--bootstrap", "0", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_DetailsAsCsv_RefusedNamingJsonAndMd()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--details", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error QCA4025: --details has no CSV form", result.Error, StringComparison.Ordinal);
        Assert.Contains("--format json or --format md", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.5")]
    public void Agree_SignificanceOutsideZeroOne_Refused(string significance)
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--significance", significance);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA4026: --significance " + double.Parse(significance, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_LooserSignificance_TurnsNotEstablishedIntoReliable()
    {
        using var project = ExampleProject.Copy();

        // relations_tone: alpha .886 with q(alpha < .800) ≈ .004, reliable at .05; russia_role: q ≈ .31, reliable only at .5.
        var strict = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "-d", "russia_role", "--format", "csv", "--coefficients", "krippendorff_alpha");
        var loose = CliRunner.Run(project.Path, "agree", "--sample", "reliability", "-d", "russia_role", "--format", "csv", "--coefficients", "krippendorff_alpha", "--significance", "0.5");

        Assert.EndsWith(",not_established\n", strict.Out, StringComparison.Ordinal);
        Assert.EndsWith(",reliable\n", loose.Out, StringComparison.Ordinal);
    }
}
