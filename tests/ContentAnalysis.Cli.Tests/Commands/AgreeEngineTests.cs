using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>Issue 14 through the command line: the unit bootstrap, huge values, many coders.</summary>
public sealed class AgreeEngineTests
{
    private const string Krippendorff2011 =
        "unit,A,B,C,D\n1,1,1,.,1\n2,2,2,3,2\n3,3,3,3,3\n4,3,3,3,3\n5,2,2,2,2\n6,1,2,3,4\n" +
        "7,4,4,4,4\n8,1,1,2,1\n9,2,2,2,2\n10,NA,5,5,5\n11,,,1,1\n12,,3,,\n";

    private static JsonElement Headline(JsonDocument json) =>
        json.RootElement.GetProperty("results")[0].GetProperty("coefficients").GetProperty("krippendorff_alpha");

    [Theory]
    [InlineData("units", "bootstrap: units (Zapf et al. 2016)")]
    [InlineData("pairs", "bootstrap: pairs (Hayes & Krippendorff 2007)")]
    public void Matrix_BootstrapMethod_NamedInJsonAndNote(string method, string note)
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--level", "interval", "--bootstrap", "1000", "--bootstrap-method", method, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(method, json.RootElement.GetProperty("bootstrap_method").GetString());
        Assert.Contains(note, Headline(json).GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.849, Math.Round(Headline(json).GetProperty("value").GetDouble(), 3));
    }

    // Values of 1e154 and more overflowed (c − k)² and exited 70; alpha is scale invariant, so the data times
    // 1e300 have Krippendorff's (2011) interval alpha .849.
    [Theory]
    [InlineData("json")]
    [InlineData("table")]
    public void Matrix_HugeValues_FiniteAlphaNoNaN(string format)
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", string.Join('\n', Krippendorff2011.Split('\n').Select((line, i) => i == 0 ? line : string.Join(',', line.Split(',').Select((cell, j) => j > 0 && int.TryParse(cell, out var v) ? v.ToString(CultureInfo.InvariantCulture) + "e300" : cell)))));

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--level", "interval", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("NaN", result.Out, StringComparison.Ordinal);
        Assert.Contains(format == "json" ? "0.849" : ".849", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_ManyCodersWithDetails_WarnsQCA4050()
    {
        using var temp = new TempDirectory();
        var csv = new StringBuilder("unit," + string.Join(',', Enumerable.Range(0, 101).Select(c => "c" + c)) + "\n");
        for (var u = 0; u < 3; u++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{u},").AppendJoin(',', Enumerable.Range(0, 101).Select(c => ((u + (c % 7 == 0 ? 1 : 0)) % 3).ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        temp.Write("many.csv", csv.ToString());

        var plain = CliRunner.Run(temp.Path, "agree", "--matrix", "many.csv", "--format", "json");
        var details = CliRunner.Run(temp.Path, "agree", "--matrix", "many.csv", "--details", "--format", "json");

        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("QCA4050", plain.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(plain.Out);
        var cohen = json.RootElement.GetProperty("results")[0].GetProperty("coefficients").GetProperty("cohen_kappa");
        Assert.Equal(JsonValueKind.Null, cohen.GetProperty("value").ValueKind);
        Assert.Contains("asked for by name", cohen.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, details.ExitCode);
        Assert.Contains("warning QCA4050: --details compares all 5,050 pairs of 101 coders", details.Error, StringComparison.Ordinal);
    }

    // Before: Krippendorff's (2011) data, nominal alpha .743. After: unit 6 (1, 2, 3, 4) coded 2, 2, 2, 2 by all.
    [Fact]
    public void Compare_TwoRounds_EachAlphaAndTheIntervalOfTheDifference()
    {
        using var temp = new TempDirectory();
        temp.Write("before.csv", Krippendorff2011);
        temp.Write("after.csv", Krippendorff2011.Replace("6,1,2,3,4", "6,2,2,2,2", StringComparison.Ordinal));

        var result = CliRunner.Run(temp.Path, "agree", "--compare", "before.csv", "after.csv", "--bootstrap", "1000", "--bootstrap-method", "units", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal("data,alpha,ci_low,ci_high,units,note", string.Join(',', rows[0]));
        Assert.Equal(["before.csv", "0.743"], rows[1][..2]);
        var before = double.Parse(rows[1][1], CultureInfo.InvariantCulture);
        var after = double.Parse(rows[2][1], CultureInfo.InvariantCulture);
        var difference = double.Parse(rows[3][1], CultureInfo.InvariantCulture);
        Assert.True(after > before);
        Assert.Equal(after - before, difference, 0.0015);
        Assert.InRange(difference, double.Parse(rows[3][2], CultureInfo.InvariantCulture), double.Parse(rows[3][3], CultureInfo.InvariantCulture));
        Assert.Contains("bootstrap: units (Zapf et al. 2016)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WithMatrix_QCA4051()
    {
        using var temp = new TempDirectory();
        temp.Write("a.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--compare", "a.csv", "a.csv", "--matrix", "a.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA4051", result.Error, StringComparison.Ordinal);
    }
}
