using System.Text;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

public sealed class CodingsSpreadsheetRoundTripTests
{
    private static readonly DateTimeOffset Time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ExportThenImport_FormulaLikeMemoAndNegativeScaleValue_RestoredExactly()
    {
        using var project = new CodingFixture();
        var source = project.Temp.Write("in/anna.csv", "unit,dimension,value,memo\nd1.p001,tone,-1,=SUM(A1)\nd1.p002,tone,0,@note\nd2.p001,tone,1,'=kept quote\n");
        CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "anna", source, CodingsFileFormat.Long, Time);

        using var stream = new MemoryStream();
        CodingsExporter.Write(stream, [project.Codings.Load("anna")], CodingsFileFormat.Long, null, ["russia_role", "strategy", "tone"], project.Corpus);
        var exported = Encoding.UTF8.GetString(stream.ToArray());

        // By hand: the memos starting with '=' and '@' get a quote; -1 is a number and stays. The imported
        // "'=kept quote" was read as a neutralised cell, so it was stored as "=kept quote" and is written neutralised.
        Assert.Equal("unit,dimension,value,memo\nd1.p001,tone,-1,'=SUM(A1)\nd1.p002,tone,0,'@note\nd2.p001,tone,1,'=kept quote\n", exported);

        var file = project.Temp.Write("in/exported.csv", exported);
        CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "ben", file, CodingsFileFormat.Long, Time);
        var ben = project.Codings.Load("ben");
        Assert.Equal("=SUM(A1)", ben.Get("d1.p001", "tone")!.Memo);
        Assert.Equal(["-1"], ben.Get("d1.p001", "tone")!.Values);
        Assert.Equal("@note", ben.Get("d1.p002", "tone")!.Memo);
        Assert.Equal("=kept quote", ben.Get("d2.p001", "tone")!.Memo);
    }
}
