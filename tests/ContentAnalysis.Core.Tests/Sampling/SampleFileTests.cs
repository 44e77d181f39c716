using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Sampling;

namespace ContentAnalysis.Core.Tests.Sampling;

public sealed class SampleFileTests
{
    [Fact]
    public void Format_Sample_WritesParameterLineHeaderAndRows()
    {
        var sample = new ReliabilitySample("rel", new SampleSize(20, true), 42, SampleStratifier.Document, 10, [new SampleUnit("a.p001", "a", "war"), new SampleUnit("b.p002", "b", "post,war")]);

        Assert.Equal(
            "# qcat sample: size=20%; seed=42; stratify=document; population=10\nunit,document,period\na.p001,a,war\nb.p002,b,\"post,war\"\n",
            SampleFile.Format(sample));
    }

    [Fact]
    public void Read_WrittenSample_RoundTrips()
    {
        using var temp = new TempDirectory();
        var sample = SampleBuilder.Create("rel", SampleBuilderTests.Population(), new SampleSize(5, false), 9, SampleStratifier.Period);
        var path = Path.Combine(temp.Path, "rel.csv");
        SampleFile.Write(path, sample);

        var read = SampleFile.Read(path, "rel.csv");

        Assert.Equal(sample with { Units = [] }, read with { Units = [] });
        Assert.Equal(sample.Units, read.Units);
    }

    [Fact]
    public void Read_DuplicateUnitAndBadParameters_ReportsEachWithLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.csv", "# qcat sample: size=lots\nunit,document,period\na.p001,a,war\na.p001,a,war\n");

        var e = Assert.Throws<InputException>(() => SampleFile.Read(path, "data/samples/bad.csv"));

        Assert.Equal(
            [
                "data/samples/bad.csv(1,1): error QCA6002: the parameter line needs size, seed, stratify and population (recreate the sample with 'qcat sample create --force')",
                "data/samples/bad.csv(4,1): error QCA6003: unit 'a.p001' is listed twice",
            ],
            e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_MissingFile_SaysHowToCreateOne()
    {
        using var temp = new TempDirectory();

        var e = Assert.Throws<InputException>(() => SampleFile.Read(Path.Combine(temp.Path, "nope.csv"), "data/samples/nope.csv"));

        Assert.Equal("data/samples/nope.csv: error QCA6001: sample 'nope' does not exist (create it with 'qcat sample create NAME --size N' or see 'qcat sample list')", Assert.Single(e.Diagnostics).ToString());
    }
}
