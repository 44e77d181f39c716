using System.Text.Json;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class AgreeSpansTests
{
    private const string Header = "document,start,end,dimension,category,memo\n";
    private const string Document = "brief-2020-07-balancing-act";

    [Fact]
    public void Spans_IdenticalCoders_JsonAllOneAndNamesVariant()
    {
        using var project = ExampleProject.Copy();
        var rows = Header + $"{Document},10,60,russia_role,mediator,\n{Document},100,180,russia_role,ally_of_armenia,\n";
        project.Write("data/spans/anna.csv", rows);
        project.Write("data/spans/ben.csv", rows);

        var result = CliRunner.Run(project.Path, "agree", "--spans", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.StartsWith("Krippendorff, Mathet, Bouvry & Widlöcher (2016)", json.RootElement.GetProperty("variant").GetString(), StringComparison.Ordinal);
        var role = Assert.Single(json.RootElement.GetProperty("dimensions").EnumerateArray());
        Assert.Equal("russia_role", role.GetProperty("dimension").GetString());
        Assert.Equal(4, role.GetProperty("spans").GetInt32());
        Assert.Equal(["anna", "ben"], role.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1.0, role.GetProperty("u_alpha").GetDouble(), 1e-12);
        Assert.Equal(1.0, role.GetProperty("cu_alpha").GetDouble(), 1e-12);
        Assert.Equal(["ally_of_armenia", "mediator"], role.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()));
    }

    [Fact]
    public void Spans_Disagreement_TableAndCsvPerDimensionAndCategory()
    {
        using var project = ExampleProject.Copy();
        project.Write("data/spans/anna.csv", Header + $"{Document},10,60,russia_role,mediator,\n{Document},100,180,russia_role,ally_of_armenia,\n");
        project.Write("data/spans/ben.csv", Header + $"{Document},20,60,russia_role,mediator,\n{Document},90,150,russia_role,mediator,\n");

        var table = CliRunner.Run(project.Path, "agree", "--spans", "--dimension", "russia_role");
        var csv = CliRunner.Run(project.Path, "agree", "--spans", "--coders", "anna,ben", "--format", "csv");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("russia_role", table.Out, StringComparison.Ordinal);
        Assert.Contains("4 spans, 2 coders", table.Out, StringComparison.Ordinal);
        Assert.Contains("(k)uα", table.Out, StringComparison.Ordinal);
        Assert.Contains("uα family", table.Out, StringComparison.Ordinal);
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dimension,coefficient,category,value,coverage,spans,coders,length", lines[0]);
        Assert.Equal(["u_alpha", "binary_u_alpha", "cu_alpha", "k_u_alpha", "k_u_alpha"], lines[1..].Select(l => l.Split(',')[1]));
        Assert.InRange(double.Parse(lines[1].Split(',')[3], System.Globalization.CultureInfo.InvariantCulture), -1.0, 0.99);
    }

    [Fact]
    public void Spans_ProjectWithoutSpans_Exit2WithImportHint()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "agree", "--spans");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("data/spans: error QCA4065: the project has no span codings", result.Error, StringComparison.Ordinal);
        Assert.Contains("qcat import qdpx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_FilesWithHeaderOnly_Exit2NoSpanCodings()
    {
        using var project = ExampleProject.Copy();
        project.Write("data/spans/anna.csv", Header);
        project.Write("data/spans/ben.csv", Header);

        var result = CliRunner.Run(project.Path, "agree", "--spans");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA4065: the project has no span codings", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_BadRows_OneLineDiagnosticsExit2()
    {
        using var project = ExampleProject.Copy();
        project.Write("data/spans/anna.csv", Header + $"{Document},10,5,russia_role,mediator,\n{Document},10,999999,russia_role,mediator,\nno-such-doc,1,2,russia_role,mediator,\n{Document},1,2,russia_role,villain,\n");
        project.Write("data/spans/ben.csv", Header + $"{Document},10,60,russia_role,mediator,\n{Document},50,70,russia_role,mediator,\n");

        var result = CliRunner.Run(project.Path, "agree", "--spans");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        foreach (var expected in new[] { "anna.csv(2,1): error QCA4061", "anna.csv(3,1): error QCA4062", "anna.csv(4,1): error QCA4063", "anna.csv(5,1): error QCA4064", "ben.csv(3,1): error QCA4066" })
        {
            Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Spans_OneCoderOrUnknownCoder_Exit2()
    {
        using var project = ExampleProject.Copy();
        project.Write("data/spans/anna.csv", Header + $"{Document},10,60,russia_role,mediator,\n");

        var one = CliRunner.Run(project.Path, "agree", "--spans");
        var unknown = CliRunner.Run(project.Path, "agree", "--spans", "--coders", "anna,zoe");

        Assert.Equal(2, one.ExitCode);
        Assert.Contains("error QCA4067: 1 coder(s) with span codings; agreement needs at least two", one.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("error QCA4067: coder 'zoe' has no span codings (coders with span codings: anna)", unknown.Error, StringComparison.Ordinal);
    }
}
