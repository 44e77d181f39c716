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
        // russia_role: anna {m,m,a,a}, ben {m,m,a,m} on units 1–4. Each binary category matrix is then
        // (1,1),(1,1),(0,0),(0,1) up to relabelling: n = 8, D_o = 2/8, D_e = 2·5·3/(8·7), alpha = 1 − 7/15 = 8/15.
        // The two partner categories never occur (undefined), so the mean is over 2 of 4 categories.
        project.Write("data/codings/anna.csv", Journal("anna", "mediator", "mediator", "ally_of_armenia", "ally_of_armenia"));
        project.Write("data/codings/ben.csv", Journal("ben", "mediator", "mediator", "ally_of_armenia", "mediator"));

        var result = project.Run("progress", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("section,subject,coded,partial,remaining,coefficient,pairable_units,alpha,note", lines[0]);
        Assert.Equal("coder,anna,0,4,1,,,,", lines[1]);
        Assert.Equal("coder,ben,0,4,1,,,,", lines[2]);
        Assert.StartsWith("alpha,russia_role,,,,krippendorff_alpha_nominal,4,0.533333333333333", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",mean of 2 of 4 per-category binary alphas", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("alpha,relations_tone,,,,krippendorff_alpha_ordinal,0,,", lines[6], StringComparison.Ordinal);
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

    private static string Journal(string coder, params string[] roles) =>
        CodeTestProject.Header + string.Concat(roles.Select((r, i) => $"2026-11-22T03:00:0{i}.000Z,{coder},{CodeTestProject.Units[i]},russia_role,{r},,cb,h,set\n"));
}
