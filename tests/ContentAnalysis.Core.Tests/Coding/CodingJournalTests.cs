using System.Text;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

public sealed class CodingJournalTests
{
    private const string Header = "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n";

    [Fact]
    public void Fold_LastWriteWinsAndClear_CurrentCodings()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("data/codings/anna.csv", Header
            + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n"
            + "2026-01-01T10:01:00.000Z,anna,d.p001,role,mediator;ally_of_armenia,\"memo, with comma\",cb,u1,set\n"
            + "2026-01-01T10:02:00.000Z,anna,d.p002,role,none,,cb,u2,set\n"
            + "2026-01-01T10:03:00.000Z,anna,d.p002,role,,,cb,u2,clear\n"
            + "2026-01-01T10:04:00.000Z,anna,d.p001,tone,-1,,cb,u1,set\n");
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Empty(codings.Diagnostics);
        Assert.Equal(2, codings.Count);
        var role = codings.Get("d.p001", "role")!;
        Assert.Equal(["mediator", "ally_of_armenia"], role.Values);
        Assert.Equal(("memo, with comma", 3), (role.Memo, role.Line));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 1, 0, TimeSpan.Zero), role.Time);
        Assert.Null(codings.Get("d.p002", "role"));
        Assert.Equal(["-1"], codings.Get("d.p001", "tone")!.Values);
    }

    [Fact]
    public void Fold_LastLineCutOff_WarningAndCompleteLinesKept()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header
            + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n"
            + "2026-01-01T10:01:00.000Z,anna,d.p002,role,medi");
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Equal(1, codings.Count);
        Assert.Equal("anna.csv(3,1): warning QCA3002: last line 3 is cut off and was not loaded (it was probably being written when qcat stopped; code that unit again)", Assert.Single(codings.Diagnostics).ToString());
    }

    [Fact]
    public void Fold_LastLineCompleteWithoutLineEnd_Loaded()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set");
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Empty(codings.Diagnostics);
        Assert.Equal(1, codings.Count);
    }

    [Fact]
    public void Fold_MalformedMiddleLine_ErrorWithLineNumberOthersKept()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header
            + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n"
            + "garbage line\n"
            + "yesterday,anna,d.p003,role,mediator,,cb,u1,set\n"
            + "2026-01-01T10:00:00.000Z,anna,d.p002,role,mediator,,cb,u1,set\n");
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Equal(
            [
                "anna.csv(3,1): error QCA3001: 1 fields where 9 are expected (the journal was edited by hand or damaged; fix or remove that line)",
                "anna.csv(4,1): error QCA3001: time 'yesterday' is not an ISO-8601 date and time (the journal was edited by hand or damaged; fix or remove that line)",
            ],
            codings.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, codings.Count);
    }

    [Fact]
    public void Fold_NulBytesInMiddleLines_ErrorShowsThemEscaped()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header
            + "2026-01-01\0T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n"
            + "2026-01-01T10:00:00.000Z,anna,d.p002,role,mediator,,cb,u1,se\0t\n"
            + "2026-01-01T10:00:00.000Z,anna,d.p003,role,mediator,,cb,u1,set\n");
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Equal(
            [
                "anna.csv(2,1): error QCA3001: time '2026-01-01\\u0000T10:00:00.000Z' is not an ISO-8601 date and time (the journal was edited by hand or damaged; fix or remove that line)",
                "anna.csv(3,1): error QCA3001: op 'se\\u0000t' is not 'set', 'clear' or 'memo' (the journal was edited by hand or damaged; fix or remove that line)",
            ],
            codings.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(1, codings.Count);
    }

    [Fact]
    public void Fold_InvalidUtf8_ErrorWithLineAndByteOffsetLineNotLoaded()
    {
        using var temp = new TempDirectory();
        var before = Header
            + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n"
            + "2026-01-01T10:01:00.000Z,anna,d.p002,role,mediator,caf";
        var after = "\n2026-01-01T10:02:00.000Z,anna,d.p003,role,mediator,\"two\nlines\",cb,u3,set\n"
            + "2026-01-01T10:03:00.000Z,anna,d.p004,role,mediator,,cb,u4,set\n";
        var path = temp.WriteBytes("anna.csv", [.. Encoding.UTF8.GetBytes(before), 0xE9, .. ",cb,u2,set"u8, .. Encoding.UTF8.GetBytes(after)]);
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Equal(
            $"anna.csv(3,1): error QCA3001: invalid UTF-8 at byte offset {before.Length} (save the file as UTF-8, or fix or remove that line)",
            Assert.Single(codings.Diagnostics).ToString());
        Assert.Null(codings.Get("d.p002", "role"));
        Assert.Equal(("two\nlines", 4), (codings.Get("d.p003", "role")!.Memo, codings.Get("d.p003", "role")!.Line));
        Assert.Equal(6, codings.Get("d.p004", "role")!.Line);
        Assert.Equal(3, codings.Count);
    }

    [Fact]
    public void Fold_CutOffLastLineEndingMidCharacter_WarningOnly()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("anna.csv", [.. Encoding.UTF8.GetBytes(Header + "2026-01-01T10:00:00.000Z,anna,d.p001,role,mediator,,cb,u1,set\n2026-01-01T10:01:00.000Z,anna,d.p002,role,mediator,caf"), 0xC3]);
        var codings = CodingJournal.Fold(path, "anna", "anna.csv");
        Assert.Equal("QCA3002", Assert.Single(codings.Diagnostics).Code);
        Assert.Equal(1, codings.Count);
    }

    [Fact]
    public void Append_AfterCutOffLineWithInvalidUtf8_SetsItAsideByteForByte()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("anna.csv", [.. Encoding.UTF8.GetBytes(Header + "x,caf"), 0xC3]);
        CodingJournal.Append(path, [new CodingRecord(DateTimeOffset.UnixEpoch, "anna", "d.p002", "role", ["a"], "", "cb", "u2")]);
        Assert.Equal([.. "x,caf"u8, 0xC3, (byte)'\n'], File.ReadAllBytes(path + ".partial"));
    }

    [Fact]
    public void Append_AfterCutOffLine_SetsItAsideAndStartsCleanLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("anna.csv", Header + "2026-01-01T10:00:00.000Z,anna,d.p001,role,medi");
        CodingJournal.Append(path, [new CodingRecord(new DateTimeOffset(2026, 2, 3, 4, 5, 6, 7, TimeSpan.Zero), "anna", "d.p002", "role", ["a", "b"], "note", "cb", "u2")]);
        Assert.Equal(Header + "2026-02-03T04:05:06.007Z,anna,d.p002,role,a;b,note,cb,u2,set\n", File.ReadAllText(path));
        Assert.Equal("2026-01-01T10:00:00.000Z,anna,d.p001,role,medi\n", File.ReadAllText(path + ".partial"));
        Assert.Empty(CodingJournal.Fold(path, "anna", "anna.csv").Diagnostics);
    }

    [Fact]
    public void Append_NewJournal_WritesHeaderAndClear()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "data/codings/ben.csv");
        CodingJournal.Append(path, [new CodingRecord(DateTimeOffset.UnixEpoch, "ben", "d.p001", "role", [], "", "cb", "u1", CodingOperation.Clear)]);
        Assert.Equal(Header + "1970-01-01T00:00:00.000Z,ben,d.p001,role,,,cb,u1,clear\n", File.ReadAllText(path));
    }

    [Fact]
    public void Append_JournalLockedByAnotherWriter_OneLineErrorNothingWrittenThenAppends()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("data/codings/anna.csv", Header);
        var record = new CodingRecord(DateTimeOffset.UnixEpoch, "anna", "d.p001", "role", ["mediator"], string.Empty, "cb", "u1", CodingOperation.Set);
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var error = Assert.Throws<ContentAnalysis.Core.Diagnostics.InputException>(() => CodingJournal.Append(path, [record]));
            Assert.Equal(CodingDiagnostics.JournalBusy, Assert.Single(error.Diagnostics).Code);
        }

        Assert.Equal(Header, File.ReadAllText(path));
        CodingJournal.Append(path, [record]);
        Assert.Equal(["mediator"], CodingJournal.Fold(path, "anna", "anna.csv").Get("d.p001", "role")!.Values);
    }
}
