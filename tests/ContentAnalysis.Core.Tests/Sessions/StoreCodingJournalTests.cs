using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Sessions;

public sealed class StoreCodingJournalTests
{
    private const string Header = "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n";

    [Fact]
    public void Session_OtherCoderHasCoded_ShowsNothingOfTheirsAndStartsAtFirstUnit()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        var ben = new StoreCodingJournal(store, "ben", "cb1", TimeProvider.System);
        var benSession = new CodingSession(SessionFixture.Dimensions, SessionFixture.Units(), ben, TimeProvider.System);
        benSession.Type("2\n\n1\n4\n" + "3\n\n2\n1\n");

        var anna = new CodingSession(SessionFixture.Dimensions, SessionFixture.Units(), new StoreCodingJournal(store, "anna", "cb1", TimeProvider.System), TimeProvider.System);

        Assert.Equal("d1.p001", anna.CurrentUnit!.Id);
        Assert.Equal(0, anna.Progress.Done);
        Assert.Null(anna.Screen.Prompt!.Recorded);
        Assert.DoesNotContain(anna.Screen.Prompt.Options, o => o.IsSelected);
        Assert.Equal(SessionOutcomeKind.AtFirstUnit, anna.Type("b").Kind);
        Assert.False(File.Exists(Path.Combine(temp.Path, "data", "codings", "anna.csv")));
    }

    [Fact]
    public void Session_JournalWithCutOffLastLine_WarnsResumesAtThatUnitAndKeepsTheRest()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        var journal = new StoreCodingJournal(store, "anna", "cb1", TimeProvider.System);
        new CodingSession(SessionFixture.Dimensions, SessionFixture.Units(), journal, TimeProvider.System).Type("2\n\n1\n4\n" + "3\n\n");
        var path = Path.Combine(temp.Path, "data", "codings", "anna.csv");
        // The process died while writing unit 2's second answer.
        File.AppendAllText(path, "2026-11-22T03:00:00.000Z,anna,d1.p002,azerbaijan_str");

        var resumed = new CodingSession(SessionFixture.Dimensions, SessionFixture.Units(), journal, TimeProvider.System);

        var warning = Assert.Single(journal.Warnings);
        Assert.Equal(CodingDiagnostics.TruncatedJournal, warning.Code);
        Assert.Contains("cut off", warning.Message, StringComparison.Ordinal);
        Assert.Equal("d1.p002", resumed.CurrentUnit!.Id);
        Assert.Equal("azerbaijan_strategy", resumed.CurrentDimension!.Id);
        resumed.Type("1\nx");
        var codings = store.Load("anna");
        Assert.Empty(codings.Diagnostics);
        Assert.Equal(["partner_azerbaijan"], codings.Get("d1.p002", "russia_role")!.Values);
        Assert.Equal(["balancing"], codings.Get("d1.p002", "azerbaijan_strategy")!.Values);
        Assert.Equal(["uncoded"], codings.Get("d1.p002", "relations_tone")!.Values);
        Assert.Equal("d1.p003", resumed.CurrentUnit!.Id);
    }

    [Fact]
    public void SetAndClear_WriteJournalLinesWithHashes()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        var journal = new StoreCodingJournal(store, "anna", "cb1", new FixedTime());

        journal.Set(new UnitCoding("d1.p001", "russia_role", ["mediator", "ally_armenia"], "a, \"quoted\" memo"), "h1");
        journal.Clear(new CodingKey("d1.p001", "russia_role"), "h1");

        Assert.Equal(
            Header
            + "2026-11-22T03:00:00.000Z,anna,d1.p001,russia_role,mediator;ally_armenia,\"a, \"\"quoted\"\" memo\",cb1,h1,set\n"
            + "2026-11-22T03:00:00.000Z,anna,d1.p001,russia_role,,,cb1,h1,clear\n",
            File.ReadAllText(Path.Combine(temp.Path, "data", "codings", "anna.csv")));
        Assert.Empty(journal.Load().Codings);
    }

    [Fact]
    public void Memo_WritesAMemoLineThatLoadsUntilTheAnswerCarriesIt()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        var journal = new StoreCodingJournal(store, "anna", "cb1", new FixedTime());
        var key = new CodingKey("d1.p001", "russia_role");

        journal.Memo(key, "check the date", "h1");

        Assert.Equal(
            Header + "2026-11-22T03:00:00.000Z,anna,d1.p001,russia_role,,check the date,cb1,h1,memo\n",
            File.ReadAllText(Path.Combine(temp.Path, "data", "codings", "anna.csv")));
        var loaded = journal.Load();
        Assert.Empty(loaded.Codings);
        Assert.Equal("check the date", loaded.Memos[key]);
        Assert.Equal(0, store.Load("anna").Count);

        journal.Set(new UnitCoding("d1.p001", "russia_role", ["mediator"], "check the date"), "h1");

        Assert.Empty(journal.Load().Memos);
        Assert.Equal("check the date", journal.Load().Codings[key].Memo);
    }

    [Fact]
    public void Load_CutOffLastLineAfterAQuotedLineBreak_NamesTheLineNumberOfTheFile()
    {
        using var temp = new TempDirectory();
        var store = CodingStore.Open(new ProjectLayout(temp.Path));
        var journal = new StoreCodingJournal(store, "anna", "cb1", new FixedTime());
        journal.Set(new UnitCoding("d1.p001", "russia_role", ["mediator"], "two\nlines"), "h1");
        journal.Memo(new CodingKey("d1.p001", "azerbaijan_strategy"), "memo", "h1");
        var path = Path.Combine(temp.Path, "data", "codings", "anna.csv");
        File.AppendAllText(path, "2026-11-22T03:00:00.000Z,anna,d1.p001,relations_to");

        journal.Load();

        // header 1, the set over lines 2–3, the memo 4: the cut line is line 5 of the file.
        var warning = Assert.Single(journal.Warnings);
        Assert.Equal(5, warning.Line);
        Assert.Contains("last line 5 is cut off", warning.Message, StringComparison.Ordinal);
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    }
}
