using ContentAnalysis.Core;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_ForcedReimportOfCodedText_ReportsStaleCodingExitTwo()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "First.\n\nSecond.\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "corpus", "import", "doc.txt").ExitCode);
        var layout = new ProjectLayout(temp.Path);
        var unit = CorpusStore.Open(layout).FindUnit("doc.p001")!;
        CodingStore.Open(layout).Append("anna", new CodingRecord(DateTimeOffset.UnixEpoch, "anna", unit.Id, "tone", ["1"], "", "cb", unit.Hash));
        Assert.Equal("checked 1 document(s), 2 unit(s), 1 coding(s) by 1 coder(s): 0 error(s), 1 warning(s)\n", CliRunner.Run(temp.Path, "check").Out.Split('\n', 2)[1]);

        temp.Write("doc.txt", "First, edited.\n\nSecond.\n");
        var refused = CliRunner.Run(temp.Path, "corpus", "import", "doc.txt");
        Assert.Equal((2, "doc.txt: error QCA2006: document 'doc' changed: 1 coded unit(s) differ or disappear (doc.p001), carrying 1 coding(s) (pass --force to import anyway; 'qcat check' then lists the stale codings)\n"), (refused.ExitCode, refused.Error));

        var forced = CliRunner.Run(temp.Path, "corpus", "import", "--force", "doc.txt");
        Assert.Equal("updated   doc (2 units) from doc.txt; 1 coding(s) now stale, see 'qcat check'\n", forced.Out);

        var check = CliRunner.Run(temp.Path, "check");
        Assert.Equal(2, check.ExitCode);
        var newHash = CorpusStore.Open(layout).FindUnit("doc.p001")!.Hash;
        Assert.Equal(
            "warning QCA1902: no codebook: dimension and category checks skipped (add a codebook YAML file there or pass its path)\n"
            + $"data/codings/anna.csv(2): error QCA3009: unit 'doc.p001' changed since it was coded on 'tone' (hash {unit.Hash}, now {newHash}) (review the coding against the new text and code it again)\n"
            + "checked 1 document(s), 2 unit(s), 1 coding(s) by 1 coder(s): 1 error(s), 1 warning(s)\n",
            check.Out);

        var json = CliRunner.Run(temp.Path, "check", "--format", "json");
        Assert.Equal(2, json.ExitCode);
        Assert.Contains("\"code\": \"QCA3009\"", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"errors\": 1", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_JournalWithInvalidUtf8_ErrorNamingLineAndOffsetExitTwo()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "First.\n\nSecond.\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "corpus", "import", "doc.txt").ExitCode);
        var layout = new ProjectLayout(temp.Path);
        var unit = CorpusStore.Open(layout).FindUnit("doc.p001")!;
        CodingStore.Open(layout).Append("anna", new CodingRecord(DateTimeOffset.UnixEpoch, "anna", unit.Id, "tone", ["1"], "caf\u00e9", "cb", unit.Hash));
        var journal = Path.Combine(temp.Path, "data/codings/anna.csv");
        var bytes = File.ReadAllBytes(journal);
        var offset = Array.IndexOf(bytes, (byte)0xC3);
        File.WriteAllBytes(journal, [.. bytes[..offset], 0xE9, .. bytes[(offset + 2)..]]);

        var check = CliRunner.Run(temp.Path, "check");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains($"data/codings/anna.csv(2,1): error QCA3001: invalid UTF-8 at byte offset {offset} (save the file as UTF-8, or fix or remove that line)\n", check.Out, StringComparison.Ordinal);
        Assert.EndsWith("0 coding(s) by 1 coder(s): 1 error(s), 1 warning(s)\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CsvAndMarkdown_OneRowPerFinding()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "First.\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "corpus", "import", "doc.txt").ExitCode);
        File.Delete(Path.Combine(temp.Path, "data/documents/doc.txt"));

        var csv = CliRunner.Run(temp.Path, "check", "--format", "csv");
        Assert.Equal(
            (2, "code,severity,message,file,line,hint\n"
            + "QCA1902,warning,no codebook: dimension and category checks skipped,,,add a codebook YAML file there or pass its path\n"
            + "QCA3013,error,text of document 'doc' is missing,data/documents/doc.txt,,re-import the document's source file with 'qcat corpus import'; the text is written again\n"),
            (csv.ExitCode, csv.Out));

        var md = CliRunner.Run(temp.Path, "check", "--format", "md");
        Assert.Equal(
            (2, "| code | severity | message | file | line | hint |\n|---|---|---|---|---|---|\n"
            + "| QCA1902 | warning | no codebook: dimension and category checks skipped |  |  | add a codebook YAML file there or pass its path |\n"
            + "| QCA3013 | error | text of document 'doc' is missing | data/documents/doc.txt |  | re-import the document's source file with 'qcat corpus import'; the text is written again |\n"
            + "\nchecked 1 document(s), 1 unit(s), 0 coding(s) by 0 coder(s): 1 error(s), 1 warning(s)\n"),
            (md.ExitCode, md.Out));
    }

    [Fact]
    public void Check_EmptyProject_CleanExitZero()
    {
        using var temp = new TempDirectory();
        var check = CliRunner.Run(temp.Path, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.EndsWith("checked 0 document(s), 0 unit(s), 0 coding(s) by 0 coder(s): 0 error(s), 1 warning(s)\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextFileNoTableLists_WarningWithHintExitZero()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.txt", "First.\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "corpus", "import", "doc.txt").ExitCode);
        temp.Write("data/documents/ghost.txt", "Left behind.\n");

        var csv = CliRunner.Run(temp.Path, "check", "--format", "csv");
        Assert.Equal(
            (0, "code,severity,message,file,line,hint\n"
            + "QCA1902,warning,no codebook: dimension and category checks skipped,,,add a codebook YAML file there or pass its path\n"
            + "QCA3015,warning,text file of document 'ghost' is listed in no table (documents.csv has no such document),data/documents/ghost.txt,,\"re-import its source with 'qcat corpus import' to restore the document, or delete the file if the document was removed\"\n"),
            (csv.ExitCode, csv.Out));
    }
}
