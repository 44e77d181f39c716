using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary><c>qcat autocode</c> on a copy of the example project (80 paragraphs, three multi dimensions with indicators).</summary>
public sealed class AutocodeCommandTests
{
    [Fact]
    public void Autocode_Example_WritesTheDictionaryJournalOnceAndAgreeReadsIt()
    {
        using var project = ExampleProject.Copy();

        var first = CliRunner.Run(project.Path, "autocode");
        var second = CliRunner.Run(project.Path, "autocode");
        var agree = CliRunner.Run(project.Path, "agree", "--coders", "anna,dictionary", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        // 80 units × 3 dimensions with indicators (russia_role, azerbaijan_strategy, russia_tactic; relations_tone is a scale).
        Assert.StartsWith("coder dictionary: 80 units coded; 240 codings written to data/codings/dictionary.csv, 0 unchanged\n", first.Out, StringComparison.Ordinal);
        Assert.StartsWith("coder dictionary: 80 units coded; 0 codings written to data/codings/dictionary.csv, 240 unchanged\n", second.Out, StringComparison.Ordinal);
        Assert.Equal(241, File.ReadAllLines(Path.Combine(project.Path, "data", "codings", "dictionary.csv")).Length);
        Assert.Equal(0, agree.ExitCode);
        using var json = JsonDocument.Parse(agree.Out);
        var subjects = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("subject").GetString()).ToList();
        Assert.Contains("russia_role", subjects);
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal(["anna", "dictionary"], r.GetProperty("coder_names").EnumerateArray().Select(c => c.GetString())));
    }

    [Fact]
    public void Autocode_Example_LeavesTheDefaultCodersOfAgreeUnchanged()
    {
        using var project = ExampleProject.Copy();

        var autocode = CliRunner.Run(project.Path, "autocode");
        var agree = CliRunner.Run(project.Path, "agree", "--bootstrap", "0", "--format", "json");

        Assert.Equal(0, autocode.ExitCode);
        Assert.Equal(0, agree.ExitCode);
        // The example's independent coders are anna, ben and chen; gold (reconciled) and dictionary (autocoded)
        // are derived codings and never join "all coders".
        using var json = JsonDocument.Parse(agree.Out);
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal(["anna", "ben", "chen"], r.GetProperty("coder_names").EnumerateArray().Select(c => c.GetString())));
        Assert.EndsWith(",autocode", File.ReadLines(Path.Combine(project.Path, "data", "codings", "dictionary.csv")).Skip(1).First(), StringComparison.Ordinal);
    }

    // partner_of_turkey on russia_role against anna, checked outside qcat with a Python script that applied the
    // category's keywords and patterns (re, case-insensitive keywords on \b) to data/documents/*.txt cut by
    // data/units.csv, and folded data/codings/anna.csv: TP 5, FP 2 (brief-2020-07-balancing-act.p010,
    // news-2020-10-moscow-truce.p008), FN 0. So P = 5/7, R = 1, F1 = 10/12.
    [Fact]
    public void Evaluate_AgainstAnna_GivesTheScoresCountedOutsideQcat()
    {
        using var project = ExampleProject.Copy();
        Assert.Equal(0, CliRunner.Run(project.Path, "autocode", "--dimension", "russia_role").ExitCode);

        var result = CliRunner.Run(project.Path, "autocode", "--evaluate", "--against", "anna", "--dimension", "russia_role", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["coder", "against", "dimensions"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var role = Assert.Single(json.RootElement.GetProperty("dimensions").EnumerateArray());
        Assert.Equal(80, role.GetProperty("units").GetInt32());
        var turkey = role.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "partner_of_turkey");
        Assert.Equal((5, 2, 0), (turkey.GetProperty("tp").GetInt32(), turkey.GetProperty("fp").GetInt32(), turkey.GetProperty("fn").GetInt32()));
        Assert.Equal(5.0 / 7, turkey.GetProperty("precision").GetDouble(), 12);
        Assert.Equal(1.0, turkey.GetProperty("recall").GetDouble());
        Assert.Equal(10.0 / 12, turkey.GetProperty("f1").GetDouble(), 12);
        Assert.Equal(["brief-2020-07-balancing-act.p010", "news-2020-10-moscow-truce.p008"], turkey.GetProperty("false_positives").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["precision", "recall", "f1"], role.GetProperty("micro").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Evaluate_TableAndCsvAndMarkdown_CarryTheAverages()
    {
        using var project = ExampleProject.Copy();
        CliRunner.Run(project.Path, "autocode", "-d", "russia_role");

        var table = CliRunner.Run(project.Path, "autocode", "--evaluate", "--against", "anna", "-d", "russia_role");
        var csv = CliRunner.Run(project.Path, "autocode", "--evaluate", "--against", "anna", "-d", "russia_role", "--format", "csv");
        var md = CliRunner.Run(project.Path, "autocode", "--evaluate", "--against", "anna", "-d", "russia_role", "--format", "md");

        Assert.StartsWith("russia_role (multi): dictionary against anna, 80 units\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("partner_of_turkey false positives: brief-2020-07-balancing-act.p010, news-2020-10-moscow-truce.p008\n", table.Out, StringComparison.Ordinal);
        Assert.StartsWith("dimension,category,units,tp,fp,fn,precision,recall,f1,false_positives,false_negatives\n", csv.Out, StringComparison.Ordinal);
        Assert.Contains("russia_role,partner_of_turkey,80,5,2,0,0.7142857142857143,1,0.8333333333333334,brief-2020-07-balancing-act.p010;news-2020-10-moscow-truce.p008,\n", csv.Out, StringComparison.Ordinal);
        Assert.Contains("russia_role,micro average,80,", csv.Out, StringComparison.Ordinal);
        Assert.Contains("| partner_of_turkey | 5 | 2 | 0 | 0.714 | 1.000 | 0.833 |\n", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutGold_RefusesAndListsTheCoders()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data", "codings", "gold.csv"));
        CliRunner.Run(project.Path, "autocode");

        var result = CliRunner.Run(project.Path, "autocode", "--evaluate");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("data/codings: error QCA8102: the reference coder 'gold' has no codings to evaluate against (coders with codings: anna, ben, chen, dictionary) (reconcile the coders into 'gold' first, or name a coder with --against NAME)\n", result.Error);
    }

    [Fact]
    public void Evaluate_BeforeAutocode_IsRefused()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "autocode", "--evaluate", "--against", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA8106: coder 'dictionary' has no codings to evaluate (run 'qcat autocode' first)", result.Error, StringComparison.Ordinal);
    }

    // The unit's text (data/documents/statement-2022-02-allied-declaration.txt) has "CSTO" at column 90 of its only
    // line: counted by hand from "The text is equally notable for what it omits. It does not commit Azerbaijan to join the ".
    [Fact]
    public void Explain_Unit_ShowsWhereEachIndicatorFired()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "autocode", "--explain", "statement-2022-02-allied-declaration.p008", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["keyword CSTO 1:90", "pattern \\bCSTO\\b 1:90"], hits.Select(h => $"{h.GetProperty("kind").GetString()} {h.GetProperty("indicator").GetString()} {h.GetProperty("line").GetInt32()}:{h.GetProperty("column").GetInt32()}"));
        Assert.All(hits, h => Assert.Equal(JsonValueKind.Null, h.GetProperty("negator").ValueKind));
        var role = json.RootElement.GetProperty("values")[0];
        Assert.Equal("russia_role", role.GetProperty("dimension").GetString());
        Assert.Equal("autocode: ally_of_armenia 1", role.GetProperty("memo").GetString());
        var table = CliRunner.Run(project.Path, "autocode", "--explain", "statement-2022-02-allied-declaration.p008");
        Assert.Contains("russia_role = ally_of_armenia (autocode: ally_of_armenia 1)\n", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownUnit_SuggestsTheNearest()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "autocode", "--explain", "statement-2022-02-allied-declaration.p08");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("data/units.csv: error QCA8101: unit 'statement-2022-02-allied-declaration.p08' is not in the corpus (did you mean 'statement-2022-02-allied-declaration.p008'?)\n", result.Error);
    }

    [Fact]
    public void Autocode_IntoAHumanCoder_IsRefused()
    {
        using var project = ExampleProject.Copy();
        var before = File.ReadAllText(Path.Combine(project.Path, "data", "codings", "anna.csv"));

        var result = CliRunner.Run(project.Path, "autocode", "--coder", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("data/codings/anna.csv: error QCA8105: coder 'anna' has ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(project.Path, "data", "codings", "anna.csv")));
    }

    [Fact]
    public void Autocode_ScaleDimension_IsRefused()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "autocode", "--dimension", "relations_tone");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA8104: dimension 'relations_tone' is ordinal", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--evaluate", "--explain", "x")]
    [InlineData("--against", "anna")]
    public void Autocode_ConflictingOptions_AreAUsageError(params string[] args)
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, ["autocode", .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("qcat: --", result.Error, StringComparison.Ordinal);
    }

    // russia_role's units per category, counted outside qcat by a Python script that turned each keyword into a
    // case-insensitive regex on word boundaries (\s+ between words, \w* for '*'), applied them and the patterns to
    // every unit's text: ally_of_armenia 5, mediator 15, partner_of_azerbaijan 11, partner_of_turkey 7, none 49.
    [Fact]
    public void Autocode_Json_ListsUnitsPerCategoryAsCountedOutsideQcat()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "autocode", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["coder", "journal", "units", "written", "unchanged", "dimensions"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var role = json.RootElement.GetProperty("dimensions")[0];
        Assert.Equal(("russia_role", 80, 49, 0), (role.GetProperty("dimension").GetString(), role.GetProperty("units").GetInt32(), role.GetProperty("none").GetInt32(), role.GetProperty("uncoded").GetInt32()));
        Assert.Equal(
            ["ally_of_armenia 5", "mediator 15", "partner_of_azerbaijan 11", "partner_of_turkey 7"],
            role.GetProperty("categories").EnumerateArray().Select(c => $"{c.GetProperty("category").GetString()} {c.GetProperty("units").GetInt32()}"));
    }
}
