using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Core.Tests.Coding;

public sealed class IntegrityCheckTests
{
    [Fact]
    public void Run_CleanProject_NoFindings()
    {
        using var project = new CodingFixture();
        project.Codings.Append("anna", [project.Record("anna", "d1.p001", "strategy", "balancing")]);
        var report = IntegrityCheck.Run(project.Layout, TestCodebook.Create());
        Assert.Empty(report.Findings);
        Assert.Equal((2, 4, 1, 1), (report.Documents, report.Units, report.Coders, report.Codings));
    }

    [Fact]
    public void Run_TextMissingOrCut_ErrorsWithRepairHint()
    {
        using var project = new CodingFixture();
        File.Delete(Path.Combine(project.Temp.Path, "data/documents/d2.txt"));
        var d1 = Path.Combine(project.Temp.Path, "data/documents/d1.txt");
        File.WriteAllText(d1, File.ReadAllText(d1)[..12]);
        var report = IntegrityCheck.Run(project.Layout, TestCodebook.Create());
        Assert.Equal(
            [
                "data/documents/d1.txt: error QCA3013: text of document 'd1' has 12 characters but 2 unit(s) reach beyond it (first 'd1.p002', ending at 17) (re-import the document's source file with 'qcat corpus import'; the text is written again)",
                "data/documents/d2.txt: error QCA3013: text of document 'd2' is missing (re-import the document's source file with 'qcat corpus import'; the text is written again)",
            ],
            report.Findings.Select(d => d.ToString()));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Run_TextEditedSameLength_UnitsThatNoLongerMatchReported()
    {
        using var project = new CodingFixture();
        var d1 = Path.Combine(project.Temp.Path, "data/documents/d1.txt");
        var text = File.ReadAllText(d1);
        var unit = ContentAnalysis.Core.Corpus.CorpusStore.Open(project.Layout).UnitsOf("d1")[1];
        var edited = text[..unit.Start] + (char.IsUpper(text[unit.Start]) ? 'x' : 'X') + text[(unit.Start + 1)..];
        File.WriteAllText(d1, edited);
        var finding = Assert.Single(IntegrityCheck.Run(project.Layout, TestCodebook.Create()).Findings);
        Assert.Equal($"data/documents/d1.txt: error QCA3013: text of document 'd1' no longer matches 1 unit(s) in units.csv (first 'd1.p002' at {unit.Start}) (re-import the document's source file with 'qcat corpus import'; the text is written again)", finding.ToString());
    }

    [Fact]
    public void Run_EveryProblem_OneFindingEach()
    {
        using var project = new CodingFixture();
        project.Temp.Write("src/empty.md", "# Only a heading\n");
        ContentAnalysis.Core.Corpus.CorpusImporter.Import(project.Layout, [Path.Combine(project.Temp.Path, "src/empty.md")], new());
        project.Codings.Append("anna",
        [
            project.Record("anna", "gone.p001", "strategy", "balancing"),
            project.Record("anna", "d1.p001", "stance", "balancing"),
            project.Record("anna", "d1.p002", "strategy", "hedging"),
            project.Record("anna", "d1.p003", "tone", "7"),
            project.Record("anna", "d2.p001", "strategy", "balancing", "alignment"),
            project.Record("anna", "d1.p001", "russia_role", "none", "mediator"),
            project.Record("anna", "d1.p002", "tone", "1") with { UnitHash = "ffffffffffffffff" },
            project.Record("anna", "d1.p003", "strategy", "alignment") with { CodebookHash = "old-codebook-hash" },
        ]);
        File.AppendAllText(Path.Combine(project.Temp.Path, "data/codings/ben.csv"), "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\nbroken\n");

        project.Temp.Write("data/codings/bad name.csv", "");
        var report = IntegrityCheck.Run(project.Layout, TestCodebook.Create());
        Assert.Equal(
            [
                "data/codings/anna.csv: warning QCA3008: 1 coding(s) by 'anna' were made under codebook version old-codebook, not the current cb-hash-1 (review them if the codebook's categories changed meaning)",
                "data/codings/anna.csv(2): error QCA3004: coding of unknown unit 'gone.p001' (dimension 'strategy') (the document was removed or re-imported with other units)",
                "data/codings/anna.csv(3): error QCA3005: unknown dimension 'stance' (codebook 'test') (dimensions: russia_role, strategy, tone)",
                "data/codings/anna.csv(4): error QCA3006: unknown category 'hedging' in dimension 'strategy' (unit 'd1.p002') (categories: balancing, alignment)",
                "data/codings/anna.csv(5): error QCA3006: value '7' is not on the scale of dimension 'tone' (unit 'd1.p003') (levels: -2, -1, 0, 1, 2)",
                "data/codings/anna.csv(6): error QCA3007: 2 values (balancing;alignment) for unit 'd2.p001' on single dimension 'strategy' (this dimension takes exactly one value)",
                "data/codings/anna.csv(7): error QCA3007: 'none' mixed with categories for unit 'd1.p001' on dimension 'russia_role' ('none' means no category applies; remove it or the categories)",
                $"data/codings/anna.csv(8): error QCA3009: unit 'd1.p002' changed since it was coded on 'tone' (hash ffffffffffffffff, now {project.Corpus.FindUnit("d1.p002")!.Hash}) (review the coding against the new text and code it again)",
                "data/codings/bad name.csv: warning QCA3003: journal 'bad name.csv' is ignored: its name is not a valid coder name (rename it using letters, digits, '_' and '-' only)",
                "data/codings/ben.csv(2,1): error QCA3001: 1 fields where 9 are expected (the journal was edited by hand or damaged; fix or remove that line)",
                "data/documents.csv: warning QCA3011: document 'empty' has no units (the file was empty or only headings; re-import it or remove it)",
            ],
            report.Findings.Select(f => f.ToString()));
        Assert.Equal((8, 3), (report.ErrorCount, report.WarningCount));
    }
}
