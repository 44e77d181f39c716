using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class CorpusStoreTests
{
    [Fact]
    public void Open_RepeatedUnitId_ErrorWithBothLines()
    {
        using var temp = new TempDirectory();
        CorpusImporter.Import(new ProjectLayout(temp.Path), [temp.Write("d.txt", "One.\n\nTwo.\n")], new());
        var units = Path.Combine(temp.Path, "data/units.csv");
        File.AppendAllText(units, File.ReadAllLines(units)[1] + "\n");
        var error = Assert.Throws<InputException>(() => CorpusStore.Open(new ProjectLayout(temp.Path)));
        Assert.Equal("data/units.csv(4,1): error QCA2008: unit id 'd.p001' appears twice (first at line 2) (the file was edited by hand or merged badly; re-import the corpus)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Open_RepeatedDocumentId_ErrorWithBothLines()
    {
        using var temp = new TempDirectory();
        CorpusImporter.Import(new ProjectLayout(temp.Path), [temp.Write("d.txt", "One.\n")], new());
        var documents = Path.Combine(temp.Path, "data/documents.csv");
        File.AppendAllText(documents, File.ReadAllLines(documents)[1] + "\n");
        var error = Assert.Throws<InputException>(() => CorpusStore.Open(new ProjectLayout(temp.Path)));
        Assert.Equal("data/documents.csv(3,1): error QCA2008: document id 'd' appears twice (first at line 2) (the file was edited by hand or merged badly; re-import the corpus)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Open_InvalidUtf8InUnitsTable_ErrorWithLineAndOffset()
    {
        using var temp = new TempDirectory();
        CorpusImporter.Import(new ProjectLayout(temp.Path), [temp.Write("d.txt", "One.\n\nTwo.\n")], new());
        var units = Path.Combine(temp.Path, "data/units.csv");
        var lines = File.ReadAllLines(units);
        File.WriteAllBytes(units, [.. System.Text.Encoding.UTF8.GetBytes(lines[0] + "\n" + lines[1] + "\n"), 0xFF, .. System.Text.Encoding.UTF8.GetBytes(lines[2] + "\n")]);
        var error = Assert.Throws<InputException>(() => CorpusStore.Open(new ProjectLayout(temp.Path)));
        Assert.Equal($"data/units.csv(3): error QCA2001: invalid UTF-8 at byte offset {lines[0].Length + lines[1].Length + 2} (save the file as UTF-8)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void ReadText_CutText_LocatedErrorNotCrash()
    {
        using var temp = new TempDirectory();
        CorpusImporter.Import(new ProjectLayout(temp.Path), [temp.Write("d.txt", "One.\n\nTwo.\n")], new());
        File.WriteAllText(Path.Combine(temp.Path, "data/documents/d.txt"), "One.\n");
        var store = CorpusStore.Open(new ProjectLayout(temp.Path));
        var error = Assert.Throws<InputException>(() => store.UnitText(store.FindUnit("d.p001")!));
        Assert.Equal("data/documents/d.txt: error QCA2008: text of document 'd' is too short for unit 'd.p002' (re-import the document)", error.Diagnostics.Single().ToString());
    }
}
