namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class ProgressCommandTests
{
    [Fact]
    public void Progress_OneCoder_CountsAndNoAlpha()
    {
        using var project = new CodeTestProject();
        project.Code("anna", "2\nenter\nenter\nn\n1\nenter\nenter\n4\nenter\n1\nenter\nenter\n");

        var result = project.Run("progress", "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "all units: 5 units\n\n| coder | coded | partial | remaining |\n|---|---|---|---|\n| anna | 1 | 1 | 3 |\n\nalpha: needs two coders or more\n",
            result.Out);
    }

    [Fact]
    public void Progress_Table_CodedPartialAndRemainingAddUpToTheUnits()
    {
        using var project = new CodeTestProject();
        project.Code("anna", "2\nenter\nenter\nn\n1\nenter\nenter\n4\nenter\n1\nenter\nenter\n");

        var result = project.Run("progress");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("all units: 5 units\n", result.Out, StringComparison.Ordinal);
        var row = result.Out.Split('\n').Single(l => l.Contains("anna", StringComparison.Ordinal));
        Assert.Equal(["1", "1", "3"], row.Split([' ', '│', '|'], StringSplitOptions.RemoveEmptyEntries)[1..]);
    }

    [Fact]
    public void Progress_TwoCoders_RunningAlphaPerDimension()
    {
        using var project = new CodeTestProject();
        // russia_role (multi): anna {m},{m},{a},{a}, ben {m},{m},{a},{m} on units 1–4; the headline is MASI alpha,
        // as in qcat agree. Singleton sets are at MASI distance 0 (equal) or 1 (disjoint), so alpha is nominal alpha on
        // the labels: coincidences m–m 4, a–a 2, m–a 1, a–m 1; n = 8, n_m = 5, n_a = 3; D_o = 2/8,
        // D_e = 2·5·3/(8·7) = 30/56, alpha = 1 − (2/8)/(30/56) = 8/15. Four pairable units: too few for a verdict.
        project.Write("data/codings/anna.csv", Journal("anna", "mediator", "mediator", "ally_of_armenia", "ally_of_armenia"));
        project.Write("data/codings/ben.csv", Journal("ben", "mediator", "mediator", "ally_of_armenia", "mediator"));

        var result = project.Run("progress", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("section,subject,coded,partial,remaining,measure,pairable_units,alpha,verdict,note", lines[0]);
        Assert.Equal("coder,anna,0,4,1,,,,,", lines[1]);
        Assert.Equal("coder,ben,0,4,1,,,,,", lines[2]);
        Assert.StartsWith("alpha,russia_role,,,,sets (MASI),4,0.533333333333333", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",too_few_units,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("alpha,relations_tone,,,,ordinal,0,,undefined,", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_Sample_RestrictsUnits()
    {
        using var project = new CodeTestProject();
        project.Write("data/samples/rel.csv", "# qcat sample: size=2; seed=1; stratify=none; population=5\nunit,document,period\nalpha.p001,alpha,war\nalpha.p002,alpha,war\n");
        project.Write("data/codings/anna.csv", Journal("anna", "mediator", "mediator", "ally_of_armenia", "ally_of_armenia"));
        project.Write("data/codings/ben.csv", Journal("ben", "mediator", "ally_of_armenia", "ally_of_armenia", "mediator"));

        var result = project.Run("progress", "--sample", "rel", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"scope\": \"rel\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"units\": 2", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"coded\": 0,\n      \"partial\": 2,\n      \"remaining\": 0", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"pairable_units\": 2", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_ExcludedUnit_NotLeftToDo()
    {
        using var project = new CodeTestProject();
        project.Write("data/codings/anna.csv", Journal("anna", "mediator", "mediator", "ally_of_armenia", "ally_of_armenia"));
        Assert.Equal(0, project.Run("corpus", "exclude", "beta.p002", "--reason", "caption").ExitCode);

        var result = project.Run("progress", "--format", "csv");

        // Five units, one excluded: four in scope, all four partly coded (russia_role only), none remaining.
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("coder,anna,0,4,0,,,,,", result.Out.Split('\n')[1]);
    }

    private static string Journal(string coder, params string[] roles) =>
        CodeTestProject.Header + string.Concat(roles.Select((r, i) => $"2026-11-22T03:00:0{i}.000Z,{coder},{CodeTestProject.Units[i]},russia_role,{r},,cb,h,set\n"));
}
