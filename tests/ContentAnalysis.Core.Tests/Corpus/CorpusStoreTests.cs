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

    // The units table is read into columns (issue 14, project mode at scale): every field comes back as written, a quoted
    // section with a comma and a quote, a hash that is not 16 lower-case hex digits, and a document whose units are not
    // next to each other in the file (UnitsOf keeps file order).
    [Fact]
    public void Open_UnitsTableByHand_EveryFieldAsWritten()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        temp.Write("data/documents.csv", "id,title,author,source,date,period,unit_kind,file_hash,imported_at\na,A,,,,,paragraph,h,t\nb,B,,,,2020,paragraph,h,t\n");
        temp.Write("data/units.csv", "unit,document,ordinal,section,start,length,hash,period\n"
            + "a.p001,a,1,\"Intro, \"\"quoted\"\"\",0,5,00ff00ff00ff00ff,\n"
            + "b.p001,b,1,,0,3,ABCDEF0123456789,2020\n"
            + "a.p002,a,2,Intro,7,4,not-a-hash,\n");
        var store = CorpusStore.Open(layout);
        Assert.Equal(
            [
                new TextUnit("a.p001", "a", 1, "Intro, \"quoted\"", 0, 5, "00ff00ff00ff00ff", ""),
                new TextUnit("b.p001", "b", 1, "", 0, 3, "ABCDEF0123456789", "2020"),
                new TextUnit("a.p002", "a", 2, "Intro", 7, 4, "not-a-hash", ""),
            ],
            store.Units);
        Assert.Equal(["a.p001", "a.p002"], store.UnitsOf("a").Select(u => u.Id));
        Assert.Equal(new TextUnit("b.p001", "b", 1, "", 0, 3, "ABCDEF0123456789", "2020"), store.FindUnit("b.p001"));
        Assert.Null(store.FindUnit("c.p001"));
        Assert.Empty(store.UnitsOf("c"));
        Assert.Equal(["a.p001", "b.p001", "a.p002"], store.ContentUnitIds);
    }

    // Read row by row, the table reports what reading it whole reported: a wrong field count before a repeated id, a
    // repeated id before a number that is not one, each at its first line.
    [Theory]
    [InlineData("a.p001,a,x,,0,5,h,\na.p002,a,2,,0,5,h\na.p001,a,1,,0,5,h,\n", "data/units.csv(3,1): error QCA2008: 7 fields")]
    [InlineData("a.p001,a,x,,0,5,h,\na.p002,a,2,,0,5,h,\na.p002,a,1,,0,5,h,\n", "data/units.csv(4,1): error QCA2008: unit id 'a.p002' appears twice (first at line 3)")]
    [InlineData("a.p001,a,1,,0,5,h,\na.p002,a,2,,y,5,h,\na.p003,a,z,,0,5,h,\n", "data/units.csv(3,1): error QCA2008: ordinal, start and length must be whole numbers")]
    public void Open_DamagedUnitsTable_FirstProblemOfFirstKind(string rows, string expected)
    {
        using var temp = new TempDirectory();
        temp.Write("data/documents.csv", "id,title,author,source,date,period,unit_kind,file_hash,imported_at\na,A,,,,,paragraph,h,t\n");
        temp.Write("data/units.csv", "unit,document,ordinal,section,start,length,hash,period\n" + rows);
        var error = Assert.Throws<InputException>(() => CorpusStore.Open(new ProjectLayout(temp.Path)));
        Assert.StartsWith(expected, error.Diagnostics.Single().ToString(), StringComparison.Ordinal);
    }
}
