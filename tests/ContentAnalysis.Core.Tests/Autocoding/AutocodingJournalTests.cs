using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Autocoding;

public sealed class AutocodingJournalTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static List<AutocodedUnit> Code(params string[] texts)
    {
        var matcher = AutocodingCodebook.Matcher();
        return [.. texts.Select((text, i) => Autocoder.Code(matcher, new TextUnit($"d.p{i + 1:D3}", "d", i + 1, string.Empty, 0, text.Length, $"hash{i}", string.Empty), text))];
    }

    [Fact]
    public void Write_NewJournal_HoldsOneCodingPerUnitAndDimension()
    {
        using var project = new AutocodingProjectFixture();
        var (written, unchanged) = AutocodingJournal.Write(project.Store, "dictionary", Code("the mediator", "a rival"), "sha256:abc", Time);
        Assert.Equal((6, 0), (written, unchanged)); // 2 units × role, stance, acronym
        var journal = project.Store.Load("dictionary");
        Assert.Equal(["mediator"], journal.Get("d.p001", "role")!.Values);
        Assert.Equal(["none"], journal.Get("d.p001", "stance")!.Values);
        Assert.Equal(["uncoded"], journal.Get("d.p001", "acronym")!.Values);
        Assert.Equal(["cold"], journal.Get("d.p002", "stance")!.Values);
        Assert.Equal("autocode: mediator 1", journal.Get("d.p001", "role")!.Memo);
        Assert.Equal(("sha256:abc", "hash1"), (journal.Get("d.p002", "role")!.CodebookHash, journal.Get("d.p002", "role")!.UnitHash));
    }

    [Fact]
    public void Write_SameInputAgain_AppendsNothing()
    {
        using var project = new AutocodingProjectFixture();
        AutocodingJournal.Write(project.Store, "dictionary", Code("the mediator", "a rival"), "sha256:abc", Time);
        var before = File.ReadAllText(project.Store.JournalPath("dictionary"));
        Assert.Equal((0, 6), AutocodingJournal.Write(project.Store, "dictionary", Code("the mediator", "a rival"), "sha256:abc", Time.AddHours(1)));
        Assert.Equal(before, File.ReadAllText(project.Store.JournalPath("dictionary")));
    }

    [Fact]
    public void Write_ChangedText_AppendsOnlyTheChangedCodings()
    {
        using var project = new AutocodingProjectFixture();
        AutocodingJournal.Write(project.Store, "dictionary", Code("the mediator", "a rival"), "sha256:abc", Time);
        // Unit 2 now reads "a friend": stance changes (cold -> warm); role and acronym stay as they are.
        Assert.Equal((1, 5), AutocodingJournal.Write(project.Store, "dictionary", Code("the mediator", "a friend"), "sha256:abc", Time));
        Assert.Equal(["warm"], project.Store.Load("dictionary").Get("d.p002", "stance")!.Values);
    }

    [Fact]
    public void Write_HumanCodersJournal_IsRefused()
    {
        using var project = new AutocodingProjectFixture();
        project.Code("anna", "d.p001", "role", "ally");
        var e = Assert.Throws<InputException>(() => AutocodingJournal.Write(project.Store, "anna", Code("x"), "sha256:abc", Time));
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(AutocodingDiagnostics.NotDictionaryJournal, diagnostic.Code);
        Assert.Equal("coder 'anna' has 1 coding(s) not written by 'qcat autocode'; they would be overwritten", diagnostic.Message);
    }
}
