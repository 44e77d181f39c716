using System.Globalization;
using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class AgreeCommandTests
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders x 12 units with missing values.
    private const string Krippendorff2011 =
        "unit,A,B,C,D\n1,1,1,.,1\n2,2,2,3,2\n3,3,3,3,3\n4,3,3,3,3\n5,2,2,2,2\n6,1,2,3,4\n" +
        "7,4,4,4,4\n8,1,1,2,1\n9,2,2,2,2\n10,NA,5,5,5\n11,,,1,1\n12,,3,,\n";

    // One JSON shape whatever the data: even a spreadsheet's single result sits in "results".
    private static JsonElement Only(JsonDocument json) => json.RootElement.GetProperty("results").EnumerateArray().Single();

    private static JsonElement Coefficient(JsonDocument json, string name) => Only(json).GetProperty("coefficients").GetProperty(name);

    private static double Value(JsonDocument json, string name) => Coefficient(json, name).GetProperty("value").GetDouble();

    [Theory]
    [InlineData("nominal", 0.743)]
    [InlineData("ordinal", 0.815)]
    [InlineData("interval", 0.849)]
    [InlineData("ratio", 0.797)]
    public void Matrix_Krippendorff2011_PublishedAlphaAtEachLevel(string level, double expected)
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--level", level, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(12, Only(json).GetProperty("units").GetInt32());
        Assert.Equal(4, Only(json).GetProperty("coders").GetInt32());
        Assert.Equal(level, Only(json).GetProperty("level").GetString());
        Assert.Equal(expected, Math.Round(Value(json, "krippendorff_alpha"), 3));
        Assert.Equal(expected, Math.Round(Value(json, "krippendorff_alpha_" + level), 3));
        Assert.Equal(0.743, Math.Round(Value(json, "krippendorff_alpha_nominal"), 3));
    }

    [Fact]
    public void Matrix_JsonListsEveryCoefficientKey()
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--level", "ordinal", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var keys = Only(json).GetProperty("coefficients").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["percent_agreement", "cohen_kappa", "conger_kappa", "scott_pi", "fleiss_kappa", "krippendorff_alpha",
             "krippendorff_alpha_nominal", "krippendorff_alpha_ordinal", "krippendorff_alpha_interval", "krippendorff_alpha_ratio",
             "gwet_ac1", "gwet_ac2_linear", "gwet_ac2_quadratic", "gwet_ac2_ordinal", "brennan_prediger", "pabak"],
            keys);

        // irrCAC README, cac.raw4raters (the same ratings; unit 12's lone value does not enter these):
        // Fleiss' kappa 0.76117, AC1 0.77544 with SE 0.14295.
        Assert.Equal(0.76117, Math.Round(Value(json, "fleiss_kappa"), 5));
        Assert.Equal(0.77544, Math.Round(Value(json, "gwet_ac1"), 5));
        Assert.InRange(Coefficient(json, "gwet_ac1").GetProperty("se").GetDouble(), 0.142945, 0.142955);
    }

    [Fact]
    public void Matrix_Bootstrap_SameSeedSameInterval()
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);
        string[] args = ["agree", "--matrix", "k.csv", "--bootstrap", "2000", "--seed", "7", "--format", "json"];

        var first = CliRunner.Run(temp.Path, args);
        var second = CliRunner.Run(temp.Path, args);

        Assert.Equal(first.Out, second.Out);
        using var json = JsonDocument.Parse(first.Out);
        var alpha = Coefficient(json, "krippendorff_alpha");
        Assert.True(alpha.GetProperty("ci_low").GetDouble() <= alpha.GetProperty("value").GetDouble());
        Assert.True(alpha.GetProperty("ci_high").GetDouble() >= alpha.GetProperty("value").GetDouble());
        Assert.InRange(alpha.GetProperty("q_below_800").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void Matrix_UndefinedCoefficient_NullWithNote()
    {
        using var temp = new TempDirectory();
        temp.Write("same.csv", "A,B\nx,x\nx,x\n");

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "same.csv", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var alpha = Coefficient(json, "krippendorff_alpha");
        Assert.Equal(JsonValueKind.Null, alpha.GetProperty("value").ValueKind);
        Assert.False(string.IsNullOrEmpty(alpha.GetProperty("note").GetString()));
    }

    [Fact]
    public void Matrix_RaggedRow_OneLineErrorExit2()
    {
        using var temp = new TempDirectory();
        temp.Write("bad.csv", "A,B\n1,2\n1,2,3\n");

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "bad.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("bad.csv(3): error QCA4006: row has 3 cells but the header has 2 (every row needs one cell per column; leave a cell empty (or NA) for a missing value)\n", result.Error);
    }

    [Fact]
    public void Matrix_TextAtIntervalLevel_ErrorNamesLine()
    {
        using var temp = new TempDirectory();
        temp.Write("t.csv", "A,B\n1,2\nlow,2\n");

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "t.csv", "--level", "interval");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("t.csv(3): error QCA4008: value 'low' is not a number", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_UnknownCoefficient_Exit2WithList()
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--coefficients", "kappa");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown coefficient 'kappa'", result.Error, StringComparison.Ordinal);
    }

    // Was an internal error (exit 70) for 1–99 and silently no bootstrap for a negative count.
    [Theory]
    [InlineData("50")]
    [InlineData("-5")]
    public void Matrix_BootstrapBelowMinimum_OneLineErrorExit2(string resamples)
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--bootstrap", resamples);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error QCA4024: --bootstrap {resamples}: the bootstrap needs at least 100 resamples (pass --bootstrap 0 for no interval, or 1000 or more resamples)\n", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Matrix_Csv_OneRowPerCoefficient()
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--coefficients", "krippendorff_alpha,percent_agreement", "--format", "csv");

        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("subject,coefficient,value,se,ci_low,ci_high,p_value,q_below_800,q_below_667,units,pairable_units,coders,note,verdict", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("k.csv,percent_agreement,", lines[1], StringComparison.Ordinal);
        var alpha = double.Parse(lines[2].Split(',')[2], CultureInfo.InvariantCulture);
        Assert.Equal(0.743, Math.Round(alpha, 3));
    }

    [Fact]
    public void Matrix_TableWithDetails_Snapshot()
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--details");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(result.Out, "AgreeCommandTests.Matrix_TableWithDetails");
    }

    [Fact]
    public void Matrix_DetailsJson_CoincidenceMatrixOfKrippendorff2011()
    {
        using var temp = new TempDirectory();
        temp.Write("k.csv", Krippendorff2011);

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "k.csv", "--details", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var details = Only(json).GetProperty("details");
        var coincidences = details.GetProperty("coincidences");

        // Krippendorff (2011), p. 4: o_11 = 7, o_12 = 4/3, n_.. = 40.
        Assert.Equal(40, coincidences.GetProperty("n").GetDouble(), 12);
        Assert.Equal(7, coincidences.GetProperty("matrix")[0][0].GetDouble(), 12);
        Assert.Equal(4.0 / 3, coincidences.GetProperty("matrix")[0][1].GetDouble(), 12);
        Assert.Equal(6, details.GetProperty("pairwise").GetArrayLength());

        // Coders A and B share units 1-9; they differ only on unit 6 (A: 1, B: 2).
        var ab = details.GetProperty("confusion_matrices")[0];
        Assert.Equal(("A", "B", 9), (ab.GetProperty("coder_a").GetString(), ab.GetProperty("coder_b").GetString(), ab.GetProperty("shared_units").GetInt32()));
        Assert.Equal(1, ab.GetProperty("matrix")[0][1].GetInt32());
        Assert.Equal(2, ab.GetProperty("matrix")[0][0].GetInt32()); // A = 1 on units 1, 6, 8; B = 1 on 1 and 8
        Assert.Equal(4, details.GetProperty("leave_one_coder_out").EnumerateObject().Count());

        // Units 2, 6, 8 have disagreeing coders; unit 12 has one value only.
        var disagreeing = details.GetProperty("disagreements").EnumerateArray().Select(d => d.GetProperty("unit").GetString()).ToList();
        Assert.Equal(["2", "6", "8"], disagreeing);
    }
}
