using System.Text;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Coding;

public sealed class CodingsImporterTests
{
    private static readonly DateTimeOffset Time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Import_Long_AppendsCanonicalRecords()
    {
        using var project = new CodingFixture();
        var file = project.Temp.Write("in/anna.csv", "unit,dimension,value,memo\nd1.p001,russia_role,mediator,first\nd1.p001,russia_role,ally_of_armenia,\nd1.p002,tone,+1.0,\nd2.p001,strategy,none,\n");
        var records = CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "anna", file, CodingsFileFormat.Long, Time).Records;
        Assert.Equal(3, records.Count);
        var anna = project.Codings.Load("anna");
        Assert.Equal(["mediator", "ally_of_armenia"], anna.Get("d1.p001", "russia_role")!.Values);
        Assert.Equal("first", anna.Get("d1.p001", "russia_role")!.Memo);
        Assert.Equal(["1"], anna.Get("d1.p002", "tone")!.Values);
        Assert.Equal(project.Corpus.FindUnit("d2.p001")!.Hash, anna.Get("d2.p001", "strategy")!.UnitHash);
        Assert.Equal("cb-hash-1", anna.Get("d2.p001", "strategy")!.CodebookHash);
    }

    [Fact]
    public void Import_InvalidValues_EveryErrorLocatedNothingAppended()
    {
        using var project = new CodingFixture();
        var file = project.Temp.Write("in/bad.csv", "unit,dimension,value\n"
            + "d1.p009,russia_role,mediator\n"
            + "d1.p001,russia_rol,mediator\n"
            + "d1.p001,russia_role,mediatr\n"
            + "d1.p002,strategy,balancing;alignment\n"
            + "d1.p003,tone,3\n"
            + "d2.p001,russia_role,none;mediator\n"
            + "d1.p001,strategy,balancing\n");
        var error = Assert.Throws<InputException>(() => CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "anna", file, CodingsFileFormat.Long, Time));
        Assert.Equal(
            [
                "in/bad.csv(2): error QCA3004: unknown unit 'd1.p009' (did you mean 'd1.p001'?)",
                "in/bad.csv(3): error QCA3005: unknown dimension 'russia_rol' (codebook 'test') (did you mean 'russia_role'?)",
                "in/bad.csv(4): error QCA3006: unknown category 'mediatr' in dimension 'russia_role' (unit 'd1.p001') (did you mean 'mediator'?)",
                "in/bad.csv(5): error QCA3007: 2 values (balancing;alignment) for unit 'd1.p002' on single dimension 'strategy' (this dimension takes exactly one value)",
                "in/bad.csv(6): error QCA3006: value '3' is not on the scale of dimension 'tone' (unit 'd1.p003') (levels: -2, -1, 0, 1, 2)",
                "in/bad.csv(7): error QCA3007: 'none' mixed with categories for unit 'd2.p001' on dimension 'russia_role' ('none' means no category applies; remove it or the categories)",
            ],
            error.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(project.Codings.Coders);
    }

    [Fact]
    public void Import_LongConflictingRows_ErrorAtSecondRowNamingFirst()
    {
        using var project = new CodingFixture();
        var file = project.Temp.Write("in/conflict.csv", "unit,dimension,value\n"
            + "d1.p001,strategy,balancing\n"
            + "d1.p002,tone,1\n"
            + "d1.p001,strategy,balancing\n"
            + "d1.p001,strategy,alignment\n"
            + "d1.p002,russia_role,mediator\n"
            + "d1.p002,russia_role,none\n");
        var error = Assert.Throws<InputException>(() => CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "anna", file, CodingsFileFormat.Long, Time));
        Assert.Equal(
            [
                "in/conflict.csv(5): error QCA3007: 'alignment' for unit 'd1.p001' on single dimension 'strategy' conflicts with 'balancing' (first at line 2) (this dimension takes exactly one value; remove one of the rows)",
                "in/conflict.csv(7): error QCA3007: 'none' for unit 'd1.p002' on dimension 'russia_role' conflicts with 'mediator' (first at line 6) ('none' means no category applies; remove it or the categories)",
            ],
            error.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(project.Codings.Coders);
    }

    [Fact]
    public void Import_LongMergedRows_MemosJoinedNotDropped()
    {
        using var project = new CodingFixture();
        var file = project.Temp.Write("in/memos.csv", "unit,dimension,value,memo\n"
            + "d1.p001,russia_role,mediator,talks in Moscow\n"
            + "d1.p001,russia_role,ally_of_armenia,CSTO\n"
            + "d1.p001,russia_role,mediator,talks in Moscow\n"
            + "d1.p002,tone,1,\n"
            + "d1.p002,tone,1.0,mild\n");
        var records = CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "anna", file, CodingsFileFormat.Long, Time).Records;
        Assert.Equal(2, records.Count);
        var anna = project.Codings.Load("anna");
        Assert.Equal(["mediator", "ally_of_armenia"], anna.Get("d1.p001", "russia_role")!.Values);
        Assert.Equal("talks in Moscow; CSTO", anna.Get("d1.p001", "russia_role")!.Memo);
        Assert.Equal(["1"], anna.Get("d1.p002", "tone")!.Values);
        Assert.Equal("mild", anna.Get("d1.p002", "tone")!.Memo);
    }

    [Fact]
    public void Import_IntoDamagedJournal_AppendedWithWarning()
    {
        using var project = new CodingFixture();
        var journal = project.Temp.Write("data/codings/anna.csv", "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\nbroken\nalso broken\n");
        var file = project.Temp.Write("in/anna.csv", "unit,dimension,value\nd1.p001,tone,1\n");
        var result = CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "anna", file, CodingsFileFormat.Long, Time);
        Assert.Single(result.Records);
        Assert.Equal(
            "data/codings/anna.csv: warning QCA3001: the journal already has 2 malformed line(s) (first at line 2); the codings were appended after them (the journal is damaged: run 'qcat check' and fix or remove those lines)",
            Assert.Single(result.Warnings).ToString());
        Assert.Equal(4, File.ReadAllLines(journal).Length);
    }

    [Fact]
    public void Import_IntoJournalWithCutOffLine_WarnsItWasSetAside()
    {
        using var project = new CodingFixture();
        project.Temp.Write("data/codings/anna.csv", "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\n2026-01-01T10:00:00.000Z,anna,d1.p0");
        var file = project.Temp.Write("in/anna.csv", "unit,dimension,value\nd1.p001,tone,1\n");
        var result = CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "anna", file, CodingsFileFormat.Long, Time);
        Assert.Equal(
            "data/codings/anna.csv: warning QCA3002: the cut-off last line 2 was moved to data/codings/anna.csv.partial before appending (code that unit again if it is missing)",
            Assert.Single(result.Warnings).ToString());
        Assert.Empty(project.Codings.Load("anna").Diagnostics);
    }

    [Fact]
    public void Import_IntoIntactJournal_NoWarning()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p002", "tone", "0")]);
        var file = project.Temp.Write("in/anna.csv", "unit,dimension,value\nd1.p001,tone,1\n");
        Assert.Empty(CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "anna", file, CodingsFileFormat.Long, Time).Warnings);
    }

    [Fact]
    public void Import_InvalidUtf8_ErrorWithLineAndOffsetNothingAppended()
    {
        using var project = new CodingFixture();
        var file = project.Temp.WriteBytes("in/latin1.csv", [.. "unit,dimension,value,memo\nd1.p001,tone,1,caf"u8, 0xE9, (byte)'\n']);
        var error = Assert.Throws<InputException>(() => CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "anna", file, CodingsFileFormat.Long, Time));
        Assert.Equal("in/latin1.csv(2): error QCA2001: invalid UTF-8 at byte offset 44 (save the file as UTF-8)", error.Diagnostics.Single().ToString());
        Assert.Empty(project.Codings.Coders);
    }

    [Fact]
    public void Import_WideThenExportWide_RoundTrips()
    {
        using var project = new CodingFixture();
        const string wide = "unit,russia_role,strategy,tone\nd1.p001,ally_of_armenia;mediator,balancing,-1\nd1.p002,,alignment,\nd2.p001,none,,2\n";
        var file = project.Temp.Write("in/wide.csv", wide);
        CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "ben", file, CodingsFileFormat.Wide, Time);
        Assert.Equal(wide, Export([project.Codings.Load("ben")], CodingsFileFormat.Wide, null, project));
    }

    // Expected values by hand: every unit in the file gets 'uncoded' on each optional dimension it has no value for,
    // unless the journal already codes it there; required dimensions stay undecided.
    [Fact]
    public void Import_OptionalDimensionLeftEmpty_RecordedAsUncoded()
    {
        using var project = new CodingFixture();
        var codebook = TestCodebook.Create() with { Dimensions = [.. TestCodebook.Create(required: true).Dimensions.Take(1), .. TestCodebook.Create().Dimensions.Skip(1)] };
        project.Codings.Append("ben", [project.Record("ben", "d2.p001", "tone", "1")]);
        var wide = project.Temp.Write("in/wide.csv", "unit,russia_role,strategy\nd1.p001,mediator,\nd2.p001,,balancing\n");
        var records = CodingsImporter.Import(project.Codings, project.Corpus, codebook, "ben", wide, CodingsFileFormat.Wide, Time).Records;

        var ben = project.Codings.Load("ben");
        Assert.Equal(["uncoded"], ben.Get("d1.p001", "strategy")!.Values);
        Assert.Equal(["uncoded"], ben.Get("d1.p001", "tone")!.Values);
        Assert.Null(ben.Get("d2.p001", "russia_role"));
        Assert.Equal(["1"], ben.Get("d2.p001", "tone")!.Values);
        Assert.Equal(4, records.Count);

        var longTable = project.Temp.Write("in/long.csv", "unit,dimension,value\nd1.p002,russia_role,none\n");
        records = CodingsImporter.Import(project.Codings, project.Corpus, codebook, "ben", longTable, CodingsFileFormat.Long, Time).Records;
        Assert.Equal(["d1.p002 russia_role none", "d1.p002 strategy uncoded", "d1.p002 tone uncoded"], records.Select(r => $"{r.Unit} {r.Dimension} {string.Join(';', r.Values)}"));
    }

    [Fact]
    public void Import_WideWithRepeatedUnitOrColumn_ErrorNothingAppended()
    {
        using var project = new CodingFixture();
        var rows = project.Temp.Write("in/rows.csv", "unit,russia_role,tone\nd1.p001,mediator,1\nd1.p002,none,\nd1.p001,ally_of_armenia,-1\n");
        var error = Assert.Throws<InputException>(() => CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "ben", rows, CodingsFileFormat.Wide, Time));
        Assert.Equal(
            ["in/rows.csv(4): error QCA3010: unit 'd1.p001' has a second row (first at line 2) (a wide table has one row per unit; merge the rows or remove one)"],
            error.Diagnostics.Select(d => d.ToString()));

        var columns = project.Temp.Write("in/columns.csv", "unit,tone,russia_role,tone\nd1.p001,1,mediator,-1\n");
        error = Assert.Throws<InputException>(() => CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "ben", columns, CodingsFileFormat.Wide, Time));
        Assert.Equal(
            ["in/columns.csv(1): error QCA3010: column 'tone' appears twice (one column per dimension; merge the two columns)"],
            error.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(project.Codings.Coders);
    }

    [Fact]
    public void Import_LongThenExportLong_RoundTrips()
    {
        using var project = new CodingFixture();
        const string longTable = "unit,dimension,value,memo\nd1.p001,russia_role,ally_of_armenia;mediator,\"a memo, quoted\"\nd1.p001,tone,0,\nd2.p001,strategy,balancing,\n";
        var file = project.Temp.Write("in/long.csv", longTable);
        CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(required: true), "ben", file, CodingsFileFormat.Long, Time);
        Assert.Equal(longTable, Export([project.Codings.Load("ben")], CodingsFileFormat.Long, null, project));
    }

    [Fact]
    public void Export_Matrix_OneColumnPerCoderInCorpusOrder()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d2.p001", "tone", "1"), project.Record("anna", "d1.p001", "tone", "0")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p002", "tone", "-1"), project.Record("ben", "d1.p001", "tone", "0")]);
        var coders = new[] { project.Codings.Load("anna"), project.Codings.Load("ben") };
        Assert.Equal("unit,anna,ben\nd1.p001,0,0\nd1.p002,,-1\nd2.p001,1,\n", Export(coders, CodingsFileFormat.Matrix, "tone", project));
    }

    // The matrix is what agreement tools read: a value that means "missing" must be an empty cell there.
    [Fact]
    public void Export_Matrix_UncodedAndNoneOnAScaleAreEmptyCells()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p001", "tone", "uncoded"), project.Record("anna", "d1.p002", "tone", "none"), project.Record("anna", "d1.p001", "strategy", "none")]);
        project.Codings.Append("ben", [project.Record("ben", "d1.p001", "tone", "1"), project.Record("ben", "d1.p002", "tone", "0"), project.Record("ben", "d1.p001", "strategy", "uncoded")]);
        var coders = new[] { project.Codings.Load("anna"), project.Codings.Load("ben") };
        var scales = new HashSet<string>(["tone"], StringComparer.Ordinal);
        Assert.Equal("unit,anna,ben\nd1.p001,,1\nd1.p002,,0\n", Export(coders, CodingsFileFormat.Matrix, "tone", project, scales));
        Assert.Equal("unit,anna,ben\nd1.p001,none,\n", Export(coders, CodingsFileFormat.Matrix, "strategy", project, scales));
    }

    [Fact]
    public void Export_WideWithTwoCoders_Refused()
    {
        using var project = new CodingFixture();
        var coders = new[] { project.Codings.Load("anna"), project.Codings.Load("ben") };
        Assert.Throws<InputException>(() => Export(coders, CodingsFileFormat.Wide, null, project));
    }

    private static string Export(IReadOnlyList<CoderCodings> coders, CodingsFileFormat format, string? dimension, CodingFixture project, IReadOnlySet<string>? scales = null)
    {
        using var stream = new MemoryStream();
        CodingsExporter.Write(stream, coders, format, dimension, ["russia_role", "strategy", "tone"], project.Corpus, scales);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // The import is streamed into compact entries (issue 14, project mode at scale): coders interleaved row by row, a
    // unit × dimension's rows apart from each other, and each coder's journal still gets its codings in the order of their
    // first rows, then its 'uncoded' (strategy is optional in the test codebook), as before.
    [Fact]
    public void Import_InterleavedCoders_EachJournalInOrderOfFirstRows()
    {
        using var project = new CodingFixture();
        var file = project.Temp.Write("in/all.csv", "coder,unit,dimension,value,memo\n"
            + "ben,d1.p002,tone,1,\n"
            + "anna,d1.p001,russia_role,mediator,a\n"
            + "ben,d1.p001,tone,-1,\n"
            + "anna,d2.p001,tone,0,\n"
            + "anna,d1.p001,russia_role,ally_of_armenia,b\n");
        var result = CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), null, file, CodingsFileFormat.Long, Time);

        // By hand: ben first (line 2), then anna; anna's two russia_role rows are one coding in line 3's place. All three
        // test dimensions are optional: each unit gets 'uncoded' on those it lacks, units in order of first rows, dimensions
        // in codebook order (russia_role, strategy, tone).
        Assert.Equal([("ben", 6, 2), ("anna", 6, 2)], result.Coders.Select(c => (c.Coder, c.Codings, c.Units)));
        Assert.Equal(
            [
                "ben d1.p002 tone 1", "ben d1.p001 tone -1",
                "ben d1.p002 russia_role uncoded", "ben d1.p002 strategy uncoded", "ben d1.p001 russia_role uncoded", "ben d1.p001 strategy uncoded",
                "anna d1.p001 russia_role mediator;ally_of_armenia", "anna d2.p001 tone 0",
                "anna d1.p001 strategy uncoded", "anna d1.p001 tone uncoded", "anna d2.p001 russia_role uncoded", "anna d2.p001 strategy uncoded",
            ],
            result.Records.Select(r => $"{r.Coder} {r.Unit} {r.Dimension} {string.Join(';', r.Values)}"));
        var lines = File.ReadAllLines(Path.Combine(project.Layout.CodingsDirectory, "anna.csv"));
        Assert.Equal(7, lines.Length);
        Assert.Equal(["anna", "d1.p001", "russia_role", "mediator;ally_of_armenia", "a; b"], lines[1].Split(',')[1..6]);
        Assert.Equal(["anna", "d2.p001", "strategy", "uncoded", ""], lines[6].Split(',')[1..6]);
    }

    // A quoting error far down the table stops the import before anything is appended, though the rows above it were
    // read and checked already.
    [Fact]
    public void Import_BadQuotesAfterValidRows_NothingAppended()
    {
        using var project = new CodingFixture();
        var file = project.Temp.Write("in/late.csv", "unit,dimension,value\nd1.p001,tone,1\nd1.p002,tone,0\nd1.p003,tone,\"1\n");
        var error = Assert.Throws<InputException>(() => CodingsImporter.Import(project.Codings, project.Corpus, TestCodebook.Create(), "anna", file, CodingsFileFormat.Long, Time));
        Assert.StartsWith("in/late.csv(4", error.Diagnostics.Single().ToString(), StringComparison.Ordinal);
        Assert.Empty(project.Codings.Coders);
    }
}
