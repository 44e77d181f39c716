namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class SampleCommandTests
{
    [Fact]
    public void SampleCreate_SameSeed_SameFile()
    {
        using var project = new CodeTestProject();

        var first = project.Run("sample", "create", "a", "--size", "60%", "--seed", "5", "--stratify", "document");
        var second = project.Run("sample", "create", "b", "--size", "3", "--seed", "5", "--stratify", "document");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("created sample a: 3 of 5 units (size 60%, seed 5, stratified by document) in data/samples/a.csv\n", first.Out);
        var a = File.ReadAllLines(Path.Combine(project.Path, "data", "samples", "a.csv"));
        var b = File.ReadAllLines(Path.Combine(project.Path, "data", "samples", "b.csv"));
        Assert.Equal("# qcat sample: size=60%; seed=5; stratify=document; population=5", a[0]);
        Assert.Equal("unit,document,period", a[1]);
        Assert.Equal(a[1..], b[1..]);
        // 3 of 5 across documents of 3 and 2 units: quotas 1.8 and 1.2 → 2 and 1.
        Assert.Equal(2, a.Count(l => l.StartsWith("alpha.", StringComparison.Ordinal)));
        Assert.Equal(1, a.Count(l => l.StartsWith("beta.", StringComparison.Ordinal)));
    }

    [Fact]
    public void SampleCreate_Existing_RefusesWithoutForce()
    {
        using var project = new CodeTestProject();
        project.Run("sample", "create", "rel", "--size", "2", "--seed", "1");

        var again = project.Run("sample", "create", "rel", "--size", "3");
        var forced = project.Run("sample", "create", "rel", "--size", "3", "--force");

        Assert.Equal(2, again.ExitCode);
        Assert.Equal("data/samples/rel.csv: error QCA6005: sample 'rel' exists already (coders may have started on it; choose another name, or add --force to replace it)\n", again.Error);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(project.Path, "data", "samples", "rel.csv")).Length);
    }

    [Theory]
    [InlineData("0", "error QCA6006: --size 0 gives 0 units; the corpus has 5 (choose between 1 and 5 units)")]
    [InlineData("6", "error QCA6006: --size 6 gives 6 units; the corpus has 5 (choose between 1 and 5 units)")]
    [InlineData("5%", "error QCA6006: --size 5% gives 0 units; the corpus has 5 (choose between 1 and 5 units)")]
    [InlineData("many", "error QCA6006: --size: 'many' is neither a whole number nor a percentage (write e.g. --size 50 or --size 20%)")]
    public void SampleCreate_BadSize_OneLineAndExit2(string size, string expected)
    {
        using var project = new CodeTestProject();

        var result = project.Run("sample", "create", "rel", "--size", size);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected + "\n", result.Error);
    }

    [Fact]
    public void SampleCreate_UnknownStratifier_UsageError()
    {
        using var project = new CodeTestProject();

        var result = project.Run("sample", "create", "rel", "--size", "2", "--stratify", "author");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'author'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleListAndShow_Formats_DescribeTheSample()
    {
        using var project = new CodeTestProject();
        project.Write("data/samples/rel.csv", "# qcat sample: size=40%; seed=3; stratify=period; population=5\nunit,document,period\nalpha.p001,alpha,war\nbeta.p002,beta,ukraine_war\n");

        var list = project.Run("sample", "list", "--format", "csv");
        var show = project.Run("sample", "show", "rel", "--format", "md");
        var table = project.Run("sample", "show", "rel");

        Assert.Equal("name,units,size,seed,stratify,population\nrel,2,40%,3,period,5\n", list.Out);
        Assert.Equal("| unit | document | period |\n|---|---|---|\n| alpha.p001 | alpha | war |\n| beta.p002 | beta | ukraine_war |\n", show.Out);
        Assert.StartsWith("sample rel: 2 of 5 units (size 40%, seed 3, stratified by period)\n", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleShow_UnknownName_SaysHowToCreate()
    {
        using var project = new CodeTestProject();

        var result = project.Run("sample", "show", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("data/samples/nope.csv: error QCA6001: sample 'nope' does not exist", result.Error, StringComparison.Ordinal);
    }
}
