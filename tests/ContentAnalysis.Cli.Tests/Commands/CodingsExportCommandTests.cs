using ContentAnalysis.Core;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class CodingsExportCommandTests
{
    [Fact]
    public void Export_MatrixToFileAndLongToStdout()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        store.Append("anna", [Record("anna", "d.p001", "tone", "1"), Record("anna", "d.p002", "role", "mediator;ally")]);
        store.Append("ben", [Record("ben", "d.p001", "tone", "0")]);

        var matrix = CliRunner.Run(temp.Path, "codings", "export", "--format", "matrix", "--dimension", "tone", "--output", "tone.csv");
        Assert.Equal(0, matrix.ExitCode);
        Assert.Equal("unit,anna,ben\nd.p001,1,0\n", File.ReadAllText(Path.Combine(temp.Path, "tone.csv")));

        var longOut = CliRunner.Run(temp.Path, "codings", "export", "--coder", "anna");
        Assert.Equal("unit,dimension,value,memo\nd.p001,tone,1,\nd.p002,role,mediator;ally,\n", longOut.Out);

        var both = CliRunner.Run(temp.Path, "codings", "export");
        Assert.Equal("coder,unit,dimension,value,memo\nanna,d.p001,tone,1,\nben,d.p001,tone,0,\nanna,d.p002,role,mediator;ally,\n", both.Out);
    }

    [Fact]
    public void Export_UnknownCoderOrMatrixWithoutDimension_ExitTwo()
    {
        using var temp = new TempDirectory();
        CodingStore.Open(new ProjectLayout(temp.Path)).Append("anna", Record("anna", "d.p001", "tone", "1"));
        var unknown = CliRunner.Run(temp.Path, "codings", "export", "--coder", "zoe");
        Assert.Equal((2, "data/codings/: error QCA0001: coder 'zoe' has no journal (coders: anna)\n"), (unknown.ExitCode, unknown.Error));
        var matrix = CliRunner.Run(temp.Path, "codings", "export", "--format", "matrix");
        Assert.Equal((2, "error QCA3012: the matrix format needs a dimension (pass --dimension ID)\n"), (matrix.ExitCode, matrix.Error));
        var misspelt = CliRunner.Run(temp.Path, "codings", "export", "--format", "matrix", "--dimension", "tones");
        Assert.Equal((2, "", "data/codings/: error QCA0002: unknown dimension 'tones' (did you mean 'tone'?)\n"), (misspelt.ExitCode, misspelt.Out, misspelt.Error));
        var unknownDimension = CliRunner.Run(temp.Path, "codings", "export", "--dimension", "stance");
        Assert.Equal((2, "data/codings/: error QCA0002: unknown dimension 'stance' (dimensions: tone)\n"), (unknownDimension.ExitCode, unknownDimension.Error));
    }

    [Fact]
    public void Export_DamagedJournal_ExitTwoWithLine()
    {
        using var temp = new TempDirectory();
        temp.Write("data/codings/anna.csv", "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\nbad,line\n2026-01-01T00:00:00Z,anna,d.p001,tone,1,,cb,h,set\n");
        var result = CliRunner.Run(temp.Path, "codings", "export");
        Assert.Equal((2, "data/codings/anna.csv(2,1): error QCA3001: 2 fields where 9 are expected (the journal was edited by hand or damaged; fix or remove that line)\n"), (result.ExitCode, result.Error));
    }

    private static CodingRecord Record(string coder, string unit, string dimension, string values) =>
        new(DateTimeOffset.UnixEpoch, coder, unit, dimension, values.Split(';'), "", "cb", "h");
}
