using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

/// <summary>The optional <c>provenance</c> column of reconciliation journals (docs/coding-store.md).</summary>
public sealed class CodingJournalProvenanceTests
{
    private const string Header = "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op";

    private static CodingRecord Record(string coder, string value, string provenance = "") =>
        new(DateTimeOffset.UnixEpoch, coder, "d.p001", "role", [value], string.Empty, "cb", "u1") { Provenance = provenance };

    [Fact]
    public void Append_RecordWithProvenance_NewJournalGetsTheColumnAndFoldReadsIt()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "gold.csv");

        CodingJournal.Append(path, [Record("gold", "mediator", "chose:anna")]);
        CodingJournal.Append(path, [Record("gold", "none")]);

        Assert.Equal(
            [Header + ",provenance", "1970-01-01T00:00:00.000Z,gold,d.p001,role,mediator,,cb,u1,set,chose:anna", "1970-01-01T00:00:00.000Z,gold,d.p001,role,none,,cb,u1,set,"],
            File.ReadAllLines(path));
        var folded = CodingJournal.Fold(path, "gold", "gold.csv");
        Assert.Empty(folded.Diagnostics);
        Assert.Equal(("none", string.Empty), (string.Join(';', folded.Get("d.p001", "role")!.Values), folded.Get("d.p001", "role")!.Provenance));
        Assert.True(CodingJournal.HasProvenanceColumn(path));
    }

    [Fact]
    public void Append_PlainJournal_StaysNineColumnsAndRefusesProvenance()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "anna.csv");

        CodingJournal.Append(path, [Record("anna", "mediator")]);

        Assert.Equal([Header, "1970-01-01T00:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set"], File.ReadAllLines(path));
        Assert.False(CodingJournal.HasProvenanceColumn(path));
        Assert.Throws<InvalidOperationException>(() => CodingJournal.Append(path, [Record("anna", "none", "agreed")]));
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Fold_LineWithNineFieldsInAProvenanceJournal_Malformed()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("gold.csv", Header + ",provenance\n1970-01-01T00:00:00.000Z,gold,d.p001,role,none,,cb,u1,set\n");

        var diagnostic = Assert.Single(CodingJournal.Fold(path, "gold", "gold.csv").Diagnostics);

        Assert.Equal("gold.csv(2,1): error QCA3001: 9 fields where 10 are expected (the journal was edited by hand or damaged; fix or remove that line)", diagnostic.ToString());
    }

    [Fact]
    public void IndependentCoders_LeaveReconciliationJournalsOut()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        store.Append("anna", Record("anna", "none"));
        store.Append("ben", Record("ben", "none"));
        store.Append("gold", Record("gold", "none", "agreed"));

        Assert.Equal(["anna", "ben", "gold"], store.Coders);
        Assert.Equal(["anna", "ben"], store.IndependentCoders);
        Assert.Equal(["anna", "ben"], store.LoadIndependent().Select(c => c.Coder));
    }
}
