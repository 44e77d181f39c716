using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>
/// <c>qcat analyze</c> on a copy of the example project, with anna's codings (the example has no gold coding yet).
/// Counts were checked outside qcat: a short script folding data/codings/anna.csv (last value per unit and
/// dimension) and looking up each unit's period in data/units.csv.
/// </summary>
public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_WithoutGoldAndWithoutCoder_RefusesAndNamesTheCoders()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data/codings/gold.csv"));

        var result = CliRunner.Run(project.Path, "analyze", "freq");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error QCA7001: there is no 'gold' coding to analyse (coders with codings: anna, ben, chen) (reconcile the coders into 'gold' first, or name one with --coder NAME)\n", result.Error);
    }

    [Fact]
    public void Analyze_UnknownCoder_Refused()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "freq", "--coder", "zoe");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("QCA0001", result.Error, StringComparison.Ordinal);
        Assert.Contains("zoe", result.Error, StringComparison.Ordinal);
    }

    // azerbaijan_strategy, anna: 80 coded units; coercive_diplomacy in 0, 0, 2, 5 units of prewar, war, postwar,
    // ukraine_war (13, 25, 26, 16 units). By hand: expected (present) = 7 · (13, 25, 26, 16) / 80 = 1.1375, 2.1875,
    // 2.275, 1.4; X² = 13.825079, df = 3; V = √(13.825079 / 80) = 0.415708; the ukraine_war cell's adjusted residual
    // (5 − 1.4) / √(1.4 · (1 − 7/80)(1 − 16/80)) = 3.561042.
    [Fact]
    public void Crosstab_Json_FollowsTheIssueShapeAndHandCounts()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "crosstab", "--dimension", "azerbaijan_strategy", "--by", "period", "--coder", "anna", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["dimension", "by", "coder", "tables"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("azerbaijan_strategy", root.GetProperty("dimension").GetString());
        Assert.Equal("period", root.GetProperty("by").GetString());
        Assert.Equal("anna", root.GetProperty("coder").GetString());
        var tables = root.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(["multi_vector_balancing", "external_balancing", "accommodation", "coercive_diplomacy"], tables.Select(t => t.GetProperty("category").GetString()));
        var coercive = tables[3];
        Assert.Equal(
            ["category", "rows", "columns", "counts", "expected", "chi_square", "cramers_v", "adjusted_residuals", "p_holm", "dropped_rows", "dropped_columns"],
            coercive.EnumerateObject().Select(p => p.Name));
        Assert.Equal("[\"prewar\",\"war\",\"postwar\",\"ukraine_war\"]", coercive.GetProperty("columns").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal([0, 0, 2, 5], coercive.GetProperty("counts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([13, 25, 24, 11], coercive.GetProperty("counts")[1].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(1.1375, coercive.GetProperty("expected")[0][0].GetDouble(), 1e-12);
        var chi = coercive.GetProperty("chi_square");
        Assert.Equal(["statistic", "df", "p_value", "p_value_monte_carlo"], chi.EnumerateObject().Select(p => p.Name));
        Assert.Equal(13.825079, chi.GetProperty("statistic").GetDouble(), 1e-6);
        Assert.Equal(3, chi.GetProperty("df").GetInt32());
        Assert.Equal(0.415708, coercive.GetProperty("cramers_v").GetDouble(), 1e-6);
        Assert.Equal(3.561042, coercive.GetProperty("adjusted_residuals")[0][3].GetDouble(), 1e-6);
        Assert.InRange(coercive.GetProperty("p_holm").GetDouble(), chi.GetProperty("p_value_monte_carlo").GetDouble(), 1.0);
    }

    [Fact]
    public void Crosstab_Table_IsTheReadmeExample()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "crosstab", "--dimension", "azerbaijan_strategy", "--by", "period", "--coder", "anna");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(result.Out, "AnalyzeCommandTests.Crosstab");
        var trimmed = string.Join('\n', result.Out.Split('\n').Select(l => l.TrimEnd())).Trim('\n');
        Assert.Contains(trimmed, File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Crosstab_ByUnknownField_IsAUsageError()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "crosstab", "-d", "azerbaijan_strategy", "--by", "colour", "--coder", "anna");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("period, document, source, author, date, title", result.Error, StringComparison.Ordinal);
        Assert.Contains("'colour'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Crosstab_Ordinal_AddsKruskalWallisAndCsvHasOneRowPerCell()
    {
        using var project = ExampleProject.Copy();

        var table = CliRunner.Run(project.Path, "analyze", "crosstab", "-d", "relations_tone", "--coder", "anna");
        var csv = CliRunner.Run(project.Path, "analyze", "crosstab", "-d", "relations_tone", "--coder", "anna", "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Kruskal–Wallis (ties corrected): H = ", table.Out, StringComparison.Ordinal);
        var lines = csv.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("category,row,column,count,expected,adjusted_residual,chi_square,df,p_value,p_value_monte_carlo,cramers_v,fisher_p,p_holm", lines[0]);
        // 5 levels × 4 periods.
        Assert.Equal(21, lines.Length);
    }

    [Fact]
    public void Crosstab_UnknownDimension_IsADiagnostic()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "crosstab", "-d", "az_strategy", "--coder", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("QCA0002", result.Error, StringComparison.Ordinal);
        Assert.Contains("az_strategy", result.Error, StringComparison.Ordinal);
    }

    // anna, azerbaijan_strategy: 80 coded units; multi_vector_balancing 20, external 7, accommodation 9, coercive 7, none 44.
    [Fact]
    public void Freq_MultiDimension_StatesTheDenominatorAndThatSharesDoNotSumToOne()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "freq", "-d", "azerbaijan_strategy", "--coder", "anna", "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("share of the 80 units coded on azerbaijan_strategy; a unit can have several categories, so shares do not sum to 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("| multi_vector_balancing | Multi-vector balancing | 20 | 0.250 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("| none | no category applies | 44 | 0.550 |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Freq_ByPeriod_Csv_OneRowPerGroupAndValue()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "freq", "-d", "azerbaijan_strategy", "--by", "period", "--coder", "anna", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("dimension,group,value,label,count,units,share", lines[0]);
        Assert.Contains("azerbaijan_strategy,ukraine_war,coercive_diplomacy,Coercive diplomacy,5,16,0.3125", lines);
        Assert.Equal(1 + (4 * 5), lines.Length);
    }

    [Fact]
    public void Segments_CategoryInPeriod_ListsTheUnitsWithSourceAndText()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "segments", "--category", "coercive_diplomacy", "--period", "ukraine_war", "--coder", "anna", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(5, json.RootElement.GetProperty("count").GetInt32());
        var first = json.RootElement.GetProperty("segments")[0];
        Assert.Equal("analysis-2022-04-ukraine-test.p005", first.GetProperty("unit").GetString());
        Assert.Equal("Nadia Ferreira-Quist", first.GetProperty("author").GetString());
        Assert.Equal("2022-04-14", first.GetProperty("date").GetString());
        Assert.StartsWith("In Karabakh, Baku has read Russia's difficulties as an opening.", first.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    // Of the 5 ukraine_war units with coercive_diplomacy, one (p015) also has multi_vector_balancing.
    [Theory]
    [InlineData("--and", "multi_vector_balancing", 1)]
    [InlineData("--not", "multi_vector_balancing", 4)]
    public void Segments_AndNot_CombineCategories(string option, string other, int expected)
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "segments", "-c", "coercive_diplomacy", option, other, "--period", "ukraine_war", "--coder", "anna", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out.Split('\n').Count(l => l.StartsWith("analysis-2022-04-ukraine-test.p", StringComparison.Ordinal)));
    }

    [Fact]
    public void Segments_Matching_FiltersByText()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "segments", "-c", "coercive_diplomacy", "--matching", "Farrukh", "--coder", "anna");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("1 units coded azerbaijan_strategy:coercive_diplomacy matching /Farrukh/ (coder anna)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("analysis-2022-04-ukraine-test.p006 — Nadia Ferreira-Quist", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--matching", "(unclosed", "QCA7004")]
    [InlineData("--period", "1999", "QCA7004")]
    [InlineData("--and", "no_such_category", "QCA7003")]
    public void Segments_BadFilter_IsADiagnostic(string option, string value, string code)
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "segments", "-c", "mediator", option, value, "--coder", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(code, result.Error, StringComparison.Ordinal);
    }

    // anna: ally_of_armenia in 11 units, mediator in 21, both in 2, of 80 coded on russia_role.
    // Jaccard = 2 / 30 = 0.0666…, lift = 2 · 80 / (11 · 21) = 0.69264, phi = (2 · 80 − 231) / √(11 · 69 · 21 · 59) = −0.07296.
    [Fact]
    public void Cooccur_Csv_HandComputedMeasures()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "cooccur", "-d", "russia_role", "--coder", "anna", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("dimension_a,category_a,dimension_b,category_b,units,count_a,count_b,both,jaccard,lift,phi", lines[0]);
        var cells = lines.Single(l => l.StartsWith("russia_role,ally_of_armenia,russia_role,mediator,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["80", "11", "21", "2"], cells[4..8]);
        Assert.Equal(2 / 30.0, double.Parse(cells[8], System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(160.0 / 231, double.Parse(cells[9], System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(-71 / Math.Sqrt(11.0 * 69 * 21 * 59), double.Parse(cells[10], System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        // 4 categories: 6 pairs within russia_role.
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Cooccur_ScaleDimension_IsRefused()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "analyze", "cooccur", "-d", "relations_tone", "--coder", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("QCA7002: dimension 'relations_tone' is ordinal: co-occurrence needs categories, not a scale", result.Error, StringComparison.Ordinal);
    }
}
