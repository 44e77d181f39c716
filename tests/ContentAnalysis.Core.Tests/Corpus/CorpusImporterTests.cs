using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Corpus;

public sealed class CorpusImporterTests
{
    private const string Document = "---\nid: truce\ntitle: \"Moscow truce\"\nauthor: A. Writer\nsource: Wire\ndate: 2020-10-10\n---\n# Talks\n\nFirst paragraph.\n\nSecond paragraph.\n";

    private static readonly CorpusImportOptions Options = new() { Clock = () => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Periods = PeriodSchemeTests.Study };

    [Fact]
    public void Import_FrontMatter_WritesTablesAndText()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("src/Truce Doc.md", Document);
        var outcomes = CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options);
        Assert.Equal("added", Assert.Single(outcomes).Status);
        Assert.Equal(
            "id,title,author,source,date,period,unit_kind,file_hash,imported_at\n"
            + $"truce,Moscow truce,A. Writer,Wire,2020-10-10,war,paragraph,{Sha256(Document)},2026-01-02T03:04:05Z\n",
            File.ReadAllText(Path.Combine(temp.Path, "data/documents.csv")));
        Assert.Equal(
            "unit,document,ordinal,section,start,length,hash,period\n"
            + $"truce.p001,truce,1,Talks,7,16,{DocumentParser.HashUnit("First paragraph.")},war\n"
            + $"truce.p002,truce,2,Talks,25,17,{DocumentParser.HashUnit("Second paragraph.")},war\n",
            File.ReadAllText(Path.Combine(temp.Path, "data/units.csv")));
        Assert.Equal("Talks\n\nFirst paragraph.\n\nSecond paragraph.\n", File.ReadAllText(Path.Combine(temp.Path, "data/documents/truce.txt")));
    }

    [Fact]
    public void Import_SameFileTwice_TablesByteIdentical()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("a.md", Document);
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], Options);
        var before = File.ReadAllBytes(CorpusStore.DocumentsTablePath(layout)).Concat(File.ReadAllBytes(CorpusStore.UnitsTablePath(layout))).ToArray();
        var outcomes = CorpusImporter.Import(layout, [file], Options with { Clock = () => DateTimeOffset.UtcNow });
        Assert.Equal("unchanged", Assert.Single(outcomes).Status);
        Assert.Equal(before, File.ReadAllBytes(CorpusStore.DocumentsTablePath(layout)).Concat(File.ReadAllBytes(CorpusStore.UnitsTablePath(layout))).ToArray());
    }

    [Fact]
    public void Import_ChangedCodedUnit_RefusedThenForcedAndStale()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("a.md", Document);
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], Options);
        var unit = CorpusStore.Open(layout).FindUnit("truce.p001")!;
        CodingStore.Open(layout).Append("anna", new CodingRecord(DateTimeOffset.UnixEpoch, "anna", unit.Id, "strategy", ["balancing"], "", "cb-hash-1", unit.Hash));
        File.WriteAllText(file, Document.Replace("First paragraph.", "First paragraph, edited.", StringComparison.Ordinal));

        // The corpus reads no journals: the project tells the importer which units are coded.
        var project = Core.Projects.Project.Open(layout);
        var error = Assert.Throws<InputException>(() => project.ImportCorpus([file], Options));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("a.md: error QCA2006: document 'truce' changed: 1 coded unit(s) differ or disappear (truce.p001), carrying 1 coding(s) (pass --force to import anyway; 'qcat check' then lists the stale codings)", diagnostic.ToString());
        Assert.Equal(unit.Hash, CorpusStore.Open(layout).FindUnit("truce.p001")!.Hash);

        var outcome = Assert.Single(project.ImportCorpus([file], Options with { Force = true }));
        Assert.Equal(("updated", 1), (outcome.Status, outcome.StaleCodings));
        var report = IntegrityCheck.Run(layout, Coding.TestCodebook.Create());
        var stale = Assert.Single(report.Findings);
        Assert.Equal(CodingDiagnostics.StaleCoding, stale.Code);
        Assert.Equal(("data/codings/anna.csv", 2), (stale.File, stale.Line));
    }

    [Fact]
    public void Import_UnchangedSourceWithDeletedOrCutText_TextWrittenAgain()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        var file = temp.Write("src/truce.md", Document);
        CorpusImporter.Import(layout, [file], Options);
        var text = Path.Combine(temp.Path, "data/documents/truce.txt");
        var expected = File.ReadAllText(text);
        File.Delete(text);
        Assert.Equal("updated", Assert.Single(CorpusImporter.Import(layout, [file], Options)).Status);
        Assert.Equal(expected, File.ReadAllText(text));
        File.WriteAllText(text, expected[..10]);
        Assert.Equal("updated", Assert.Single(CorpusImporter.Import(layout, [file], Options)).Status);
        Assert.Equal(expected, File.ReadAllText(text));
        Assert.Equal("unchanged", Assert.Single(CorpusImporter.Import(layout, [file], Options)).Status);
    }

    [Fact]
    public void Import_ChangedUncodedText_Updated()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("a.md", Document);
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], Options);
        File.WriteAllText(file, Document + "\nThird paragraph.\n");
        Assert.Equal("updated", Assert.Single(CorpusImporter.Import(layout, [file], Options)).Status);
        Assert.Equal(3, CorpusStore.Open(layout).UnitsOf("truce").Count);
    }

    [Fact]
    public void Import_InvalidUtf8_ErrorNamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var file = temp.WriteBytes("bad.txt", [.. "Caf"u8.ToArray(), 0xC3, 0x28, .. " ok"u8.ToArray()]);
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options));
        Assert.Equal("bad.txt: error QCA2001: invalid UTF-8 at byte offset 3 (save the file as UTF-8)", Assert.Single(error.Diagnostics).ToString());
        Assert.False(File.Exists(Path.Combine(temp.Path, "data/documents.csv")));
    }

    [Fact]
    public void Import_ByteOrderMark_Accepted()
    {
        using var temp = new TempDirectory();
        var file = temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Text with BOM.\r\n")]);
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], Options);
        Assert.Equal("Text with BOM.\n", CorpusStore.Open(layout).ReadText("bom"));
    }

    [Fact]
    public void Import_Manifest_OverridesFrontMatterAndDerivesPeriod()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("docs/My File.txt", "Body text.\n");
        var manifest = temp.Write("meta.csv", "file,title,date\nMy File.txt,\"From the manifest, quoted\",2022-02-24\n");
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], Options with { ManifestPath = manifest });
        var document = Assert.Single(CorpusStore.Open(layout).Documents);
        Assert.Equal(new DocumentMetadata("my-file", "From the manifest, quoted", "", "", "2022-02-24", "ukraine_war"), document.Metadata);
    }

    [Fact]
    public void Import_UnknownPeriodOrBadManifestDate_ErrorSaysWhereToFixIt()
    {
        using var temp = new TempDirectory();
        var a = temp.Write("a.md", "---\ndate: 2021-01-01\nperiod: post-war\n---\nText.\n");
        var b = temp.Write("b.md", "---\ndate: 2021-01-01\n---\nText.\n");
        var manifest = temp.Write("meta.csv", "file,date,period\nb.md,2021-13-01,\n");
        var layout = new ProjectLayout(temp.Path);
        var period = Assert.Throws<InputException>(() => CorpusImporter.Import(layout, [a], Options));
        Assert.Equal("a.md(3): error QCA2011: period 'post-war' of 'a.md' is not one of the periods declared in qcat.yaml: prewar, war, postwar, ukraine_war (leave it out to derive it from the date, or write e.g. 'period: prewar')", period.Diagnostics.Single().ToString());
        var date = Assert.Throws<InputException>(() => CorpusImporter.Import(layout, [b], Options with { ManifestPath = manifest }));
        Assert.Equal("b.md: error QCA2004: date '2021-13-01' (from the manifest) is not a date in the form yyyy-MM-dd (fix the date column of the manifest row for 'b.md', e.g. 2020-11-10)", date.Diagnostics.Single().ToString());
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data")));
    }

    [Fact]
    public void Import_UndeclaredPeriodInManifest_NamesManifestLineAndValidIds()
    {
        using var temp = new TempDirectory();
        var a = temp.Write("a.md", "Text.\n");
        var manifest = temp.Write("meta.csv", "file,period\nother.md,war\na.md,campaign\n");
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [a], Options with { ManifestPath = manifest }));
        Assert.Equal("meta.csv(3): error QCA2011: period 'campaign' of 'a.md' is not one of the periods declared in qcat.yaml: prewar, war, postwar, ukraine_war (leave it out to derive it from the date, or fix the period column of the manifest row for 'a.md', e.g. prewar)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Import_NoPeriodsDeclared_DateGivesNoPeriodAndAGivenPeriodIsRefused()
    {
        using var temp = new TempDirectory();
        var layout = new ProjectLayout(temp.Path);
        var dated = temp.Write("dated.md", "---\ndate: 2024-03-01\n---\nText.\n");
        CorpusImporter.Import(layout, [dated], Options with { Periods = PeriodScheme.None });
        Assert.Equal(string.Empty, Assert.Single(CorpusStore.Open(layout).Documents).Metadata.Period);
        Assert.Equal(string.Empty, Assert.Single(CorpusStore.Open(layout).Units).Period);

        var given = temp.Write("given.md", "---\nperiod: campaign\n---\nText.\n");
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(layout, [given], Options with { Periods = PeriodScheme.None }));
        Assert.Equal("given.md(2): error QCA2011: period 'campaign' of 'given.md' is given, but the project declares no periods (declare the periods under 'periods:' in qcat.yaml (see docs/corpus.md), or leave 'period' out)", error.Diagnostics.Single().ToString());
    }

    [Theory]
    [InlineData("bericht-nr-1-ü.txt", "bericht-nr-1-u")]
    [InlineData("Straße Größe.md", "strasse-grosse")]
    [InlineData("Ærø Łódź œuvre.md", "aero-lodz-oeuvre")]
    [InlineData("Café (draft) v2.1.md", "cafe-draft-v2-1")]
    [InlineData("My File.txt", "my-file")]
    [InlineData("отчёт.md", "")]
    public void DefaultId_NonAsciiAndPunctuation_TransliteratedToAValidId(string file, string expected) =>
        Assert.Equal(expected, CorpusImporter.DefaultId(file));

    [Fact]
    public void Import_NonAsciiFileName_ImportedUnderTransliteratedId()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bericht-nr-1-ü.txt", "Text.\n");
        var layout = new ProjectLayout(temp.Path);
        Assert.Equal("bericht-nr-1-u", Assert.Single(CorpusImporter.Import(layout, [file], Options)).DocumentId);
    }

    [Fact]
    public void Import_NonLatinFileName_RefusedNamingTheFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("отчёт.md", "Text.\n");
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options));
        Assert.Equal("отчёт.md: error QCA2005: the file name 'отчёт.md' gives no document id (ids use ASCII letters and digits) (set 'id:' in the front matter, give the manifest row an 'id', or pass --id)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Import_BadDateAndDuplicateIds_AllReportedNothingWritten()
    {
        using var temp = new TempDirectory();
        var a = temp.Write("a.md", "---\nid: same\ndate: 10/11/2020\n---\nText.\n");
        var b = temp.Write("b.md", "---\nid: same\n---\nText.\n");
        var c = temp.Write("c.md", "---\nid: same\n---\nText.\n");
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [a, b, c], Options));
        Assert.Equal([CorpusDiagnostics.BadDate, CorpusDiagnostics.BadId], error.Diagnostics.Select(d => d.Code));
        Assert.Equal("c.md", error.Diagnostics[1].File);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data")));
    }

    [Fact]
    public void Import_SentenceUnits_UnitIdsWithFourDigits()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("s.txt", "One. Two.\n\nThree.\n");
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], Options with { UnitKind = UnitKind.Sentence });
        var store = CorpusStore.Open(layout);
        Assert.Equal(["s.s0001", "s.s0002", "s.s0003"], store.Units.Select(u => u.Id));
        Assert.Equal("Two.", store.UnitText(store.FindUnit("s.s0002")!));
        Assert.Equal("sentence", store.Documents[0].UnitKind);
    }

    [Theory]
    // The parser notices the missing "]" where the block ends, on line 3.
    [InlineData("---\ntitle: [unclosed\n---\nText.\n", "QCA2003", 3)]
    [InlineData("---\ntitle: never closed\nText.\n", "QCA2003", 1)]
    [InlineData("---\n- a list\n---\nText.\n", "QCA2003", 2)]
    public void Import_BadFrontMatter_ErrorWithLine(string text, string code, int line)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("fm.md", text);
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((code, "fm.md", line), (diagnostic.Code, diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Import_UnknownFrontMatterKey_WarningWithSuggestionDocumentImported()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("fm.md", "---\ntitle: Truce\nautor: A. Writer\n  # a comment\nweather: fine\n---\nText.\n");
        var outcome = Assert.Single(CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options));
        Assert.Equal(("added", 1), (outcome.Status, outcome.UnitCount));
        Assert.Equal(
            [
                "fm.md(3,1): warning QCA2003: unknown front matter key 'autor' is ignored (did you mean 'author'?)",
                "fm.md(5,1): warning QCA2003: unknown front matter key 'weather' is ignored (keys: id, title, author, source, date, period)",
            ],
            outcome.Warnings.Select(d => d.ToString()));
        Assert.Equal(("Truce", string.Empty), (CorpusStore.Open(new ProjectLayout(temp.Path)).Documents[0].Metadata.Title, CorpusStore.Open(new ProjectLayout(temp.Path)).Documents[0].Metadata.Author));
    }

    [Fact]
    public void Import_ManifestWithUnknownColumn_ErrorNamesColumn()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("a.txt", "Text.\n");
        var manifest = temp.Write("meta.csv", "file,titel\na.txt,x\n");
        var error = Assert.Throws<InputException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options with { ManifestPath = manifest }));
        Assert.Equal("meta.csv(1,1): error QCA2007: unknown manifest column 'titel' (did you mean 'title'?)", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void Import_Progress_ReportsEveryFileAndAllBytes()
    {
        using var temp = new TempDirectory();
        var files = new[] { temp.Write("a.txt", "One.\n"), temp.Write("b.txt", "Two two.\n") };
        var reports = new List<CorpusImportProgress>();
        CorpusImporter.Import(new ProjectLayout(temp.Path), files, Options, new SynchronousProgress(reports));
        Assert.Equal(2, reports.Count);
        Assert.Equal((2, 2, 14L, 14L), reports.Select(r => (r.FilesDone, r.FileCount, r.BytesDone, r.ByteCount)).MaxBy(r => r.FilesDone));
    }

    [Fact]
    public void Import_Cancelled_WritesNothing()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("a.txt", "One.\n");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options, cancellationToken: cancellation.Token));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data")));
    }

    private sealed class SynchronousProgress(List<CorpusImportProgress> reports) : IProgress<CorpusImportProgress>
    {
        public void Report(CorpusImportProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
