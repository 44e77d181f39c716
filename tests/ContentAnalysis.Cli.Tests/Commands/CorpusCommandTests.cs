namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class CorpusCommandTests
{
    // The project's periods (qcat.yaml): 2020-10-10 falls in 'war'.
    private const string Periods = "periods:\n  - {id: prewar, label: Before, start: 2000-01-01}\n  - {id: war, label: The war, start: 2020-09-27}\n";

    private const string Document = "---\nid: truce\ntitle: Moscow truce\nauthor: A. Writer\nsource: Wire\ndate: 2020-10-10\n---\n# Talks\n\nFirst paragraph. It has two sentences.\n\nSecond paragraph.\n";

    [Fact]
    public void Import_MarkdownFile_ReportsAndListShowsIt()
    {
        using var temp = new TempDirectory();
        temp.Write("qcat.yaml", Periods);
        temp.Write("sources/truce.md", Document);
        var import = CliRunner.Run(temp.Path, "corpus", "import", "sources/truce.md");
        Assert.Equal((0, "added     truce (2 units) from sources/truce.md\n", ""), (import.ExitCode, import.Out, import.Error));

        var again = CliRunner.Run(temp.Path, "corpus", "import", "sources/truce.md");
        Assert.Equal("unchanged truce (2 units) from sources/truce.md\n", again.Out);

        var list = CliRunner.Run(temp.Path, "corpus", "list", "--format", "csv");
        Assert.Equal("id,title,author,source,date,period,units\ntruce,Moscow truce,A. Writer,Wire,2020-10-10,war,2\n", list.Out);
        var md = CliRunner.Run(temp.Path, "corpus", "list", "--format", "md");
        Assert.Equal("| id | title | author | source | date | period | units |\n|---|---|---|---|---|---|---|\n| truce | Moscow truce | A. Writer | Wire | 2020-10-10 | war | 2 |\n", md.Out);
        var json = CliRunner.Run(temp.Path, "corpus", "list", "--format", "json");
        Assert.Contains("\"period\": \"war\"", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Repair_CountsReportedAndListedByShowRepairs()
    {
        using var temp = new TempDirectory();
        temp.Write("extract.txt", "The war broke out between the par-\n\nties in 2020. The confl ict ended.\n\nThe conflict was long.\n");
        var import = CliRunner.Run(temp.Path, "corpus", "import", "extract.txt", "--repair");
        Assert.Equal((0, "added     extract (2 units) from extract.txt; repaired: 1 ligature gap joined, 1 paragraph rejoined, 0 footnotes moved\n", ""), (import.ExitCode, import.Out, import.Error));
        var show = CliRunner.Run(temp.Path, "corpus", "show", "extract", "--repairs", "--format", "csv");
        Assert.Equal((0, "kind,before,after\nparagraph,par- ¶ ties,parties\nligature,confl ict,conflict\n"), (show.ExitCode, show.Out));
        var table = CliRunner.Run(temp.Path, "corpus", "show", "extract", "--repairs");
        Assert.StartsWith("extract: 1 ligature gap joined, 1 paragraph rejoined, 0 footnotes moved\n", table.Out, StringComparison.Ordinal);

        CliRunner.Run(temp.Path, "corpus", "import", "extract.txt");
        Assert.Equal("extract was not imported with --repair: nothing was repaired\n", CliRunner.Run(temp.Path, "corpus", "show", "extract", "--repairs").Out);
    }

    [Fact]
    public void Show_Units_PrintsSectionsAndUnitIds()
    {
        using var temp = new TempDirectory();
        temp.Write("truce.md", Document);
        CliRunner.Run(temp.Path, "corpus", "import", "--unit", "sentence", "truce.md");
        var show = CliRunner.Run(temp.Path, "corpus", "show", "truce", "--units");
        Assert.Equal(0, show.ExitCode);
        Assert.EndsWith("units:  3 (sentence)\n\n## Talks\n[truce.s0001] First paragraph.\n[truce.s0002] It has two sentences.\n[truce.s0003] Second paragraph.\n", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnitsAsCsvMdJson_OneRowPerUnitWithSpanAndHash()
    {
        using var temp = new TempDirectory();
        temp.Write("qcat.yaml", Periods);
        temp.Write("truce.md", Document);
        CliRunner.Run(temp.Path, "corpus", "import", "truce.md");
        var corpus = Core.Corpus.CorpusStore.Open(new Core.ProjectLayout(temp.Path));
        var hashes = corpus.UnitsOf("truce").Select(u => u.Hash).ToArray();
        Assert.Equal(
            $"unit,section,start,length,hash,text\ntruce.p001,Talks,7,38,{hashes[0]},First paragraph. It has two sentences.\ntruce.p002,Talks,47,17,{hashes[1]},Second paragraph.\n",
            CliRunner.Run(temp.Path, "corpus", "show", "truce", "--units", "--format", "csv").Out);
        Assert.Equal(
            $"| unit | section | start | length | hash | text |\n|---|---|---|---|---|---|\n| truce.p001 | Talks | 7 | 38 | {hashes[0]} | First paragraph. It has two sentences. |\n| truce.p002 | Talks | 47 | 17 | {hashes[1]} | Second paragraph. |\n",
            CliRunner.Run(temp.Path, "corpus", "show", "truce", "--units", "--format", "md").Out);
        var json = CliRunner.Run(temp.Path, "corpus", "show", "truce", "--units", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        Assert.Contains("\"unit\": \"truce.p002\",\n    \"section\": \"Talks\",\n    \"start\": 47,\n    \"length\": 17,", json.Out, StringComparison.Ordinal);
        var document = CliRunner.Run(temp.Path, "corpus", "show", "truce", "--format", "json").Out;
        Assert.Contains("\"period\": \"war\",\n  \"unit_kind\": \"paragraph\",\n  \"units\": 2,\n  \"text\": \"Talks\\n\\nFirst paragraph.", document, StringComparison.Ordinal);
        Assert.Equal("id,title,author,source,date,period,units\ntruce,Moscow truce,A. Writer,Wire,2020-10-10,war,2\n", CliRunner.Run(temp.Path, "corpus", "show", "truce", "--format", "csv").Out);
    }

    [Fact]
    public void Import_OneRefusedFileOfSeveral_NamesItAndSaysNothingWasImported()
    {
        using var temp = new TempDirectory();
        temp.Write("good.md", Document);
        temp.WriteBytes("bad.txt", [0x41, 0xFF]);
        temp.Write("other.md", "Text.\n");
        var result = CliRunner.Run(temp.Path, "corpus", "import", "good.md", "bad.txt", "other.md");
        Assert.Equal(
            (2, string.Empty, "bad.txt: error QCA2001: invalid UTF-8 at byte offset 1 (save the file as UTF-8)\nqcat: nothing was imported (3 files): an import is all or nothing, so fix the file(s) named above or leave them out\n"),
            (result.ExitCode, result.Out, result.Error));
        Assert.False(File.Exists(Path.Combine(temp.Path, "data", "documents.csv")));
    }

    [Fact]
    public void Import_PeriodNotDeclared_NamesFileLineAndDeclaredIds()
    {
        using var temp = new TempDirectory();
        temp.Write("qcat.yaml", Periods);
        temp.Write("a.md", "---\ntitle: A\nperiod: campaign\n---\nText.\n");
        var result = CliRunner.Run(temp.Path, "corpus", "import", "a.md");
        Assert.Equal(
            (2, "a.md(3): error QCA2011: period 'campaign' of 'a.md' is not one of the periods declared in qcat.yaml: prewar, war (leave it out to derive it from the date, or write e.g. 'period: prewar')\n"),
            (result.ExitCode, result.Error));
    }

    [Fact]
    public void Show_UnknownDocument_ExitsTwoWithHint()
    {
        using var temp = new TempDirectory();
        var show = CliRunner.Run(temp.Path, "corpus", "show", "nope");
        Assert.Equal((2, "data/documents.csv: error QCA2010: no document 'nope' in the corpus (import documents with 'qcat corpus import')\n"), (show.ExitCode, show.Error));
    }

    [Fact]
    public void Import_InvalidUtf8_ExitsTwoNamingOffset()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("bad.txt", [0x41, 0x42, 0xFF, 0x43]);
        var result = CliRunner.Run(temp.Path, "corpus", "import", "bad.txt");
        Assert.Equal((2, "bad.txt: error QCA2001: invalid UTF-8 at byte offset 2 (save the file as UTF-8)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Import_UnsupportedExtensionAndIdWithTwoFiles_ExitTwo()
    {
        using var temp = new TempDirectory();
        temp.Write("a.rtf", "x");
        temp.Write("a.pdf", "x");
        temp.Write("a.docx", "x");
        temp.Write("b.txt", "x");
        var rtf = CliRunner.Run(temp.Path, "corpus", "import", "a.rtf");
        Assert.Equal((2, "a.rtf: error QCA2002: cannot import 'a.rtf': only .txt, .md, .docx, .pdf, .html and .htm files are supported (save the document as .txt, .md, .docx, .pdf or .html)\n"), (rtf.ExitCode, rtf.Error));
        var pdf = CliRunner.Run(temp.Path, "corpus", "import", "a.pdf");
        Assert.Equal((2, "a.pdf: error QCA2002: cannot import 'a.pdf': it is not a readable PDF (damaged, or encrypted with a password) (open it in a PDF reader and save or print it again as PDF, or export its text as .txt)\n"), (pdf.ExitCode, pdf.Error));
        var docx = CliRunner.Run(temp.Path, "corpus", "import", "a.docx");
        Assert.Equal((2, "a.docx: error QCA2002: cannot import 'a.docx': it is not a readable Word (.docx) document (save it from Word as .docx, or export it as plain text)\n"), (docx.ExitCode, docx.Error));
        var id = CliRunner.Run(temp.Path, "corpus", "import", "--id", "x", "a.docx", "b.txt");
        Assert.Equal(2, id.ExitCode);
        Assert.Contains("--id can only be given when importing one file", id.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FolderOrMissingManifest_ExitTwoSayingWhat()
    {
        using var temp = new TempDirectory();
        temp.Write("sources/a.md", "Text.\n");
        var folder = CliRunner.Run(temp.Path, "corpus", "import", "sources");
        Assert.Equal((2, "error QCA2002: 'sources' is a folder, not a file (name the files in it, e.g. 'sources/*.md')\n"), (folder.ExitCode, folder.Error));
        var manifest = CliRunner.Run(temp.Path, "corpus", "import", "sources/a.md", "--meta", "sources");
        Assert.Equal((2, "error QCA2007: manifest 'sources' is a folder, not a file (pass the manifest CSV file to --meta)\n"), (manifest.ExitCode, manifest.Error));
        Assert.False(File.Exists(Path.Combine(temp.Path, "data/documents.csv")));
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("..")]
    [InlineData("Doc")]
    public void Import_IdWithPathOrCapitals_RefusedNothingWritten(string id)
    {
        using var temp = new TempDirectory();
        temp.Write("project/a.txt", "Text.\n");
        var result = CliRunner.Run(Path.Combine(temp.Path, "project"), "corpus", "import", "a.txt", "--id", id);
        Assert.Equal((2, $"a.txt: error QCA2005: document id '{id}' is not allowed (use lower-case letters, digits, '_' and '-'; set 'id:' in the front matter or pass --id)\n"), (result.ExitCode, result.Error));
        Assert.Equal(["a.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "project")).Select(Path.GetFileName));
        Assert.Equal(["project"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Import_EmptyFile_ImportedWithWarning()
    {
        using var temp = new TempDirectory();
        temp.Write("empty.txt", "");
        var result = CliRunner.Run(temp.Path, "corpus", "import", "empty.txt");
        Assert.Equal(
            (0, "added     empty (0 units) from empty.txt\n", "empty.txt: warning QCA2009: document 'empty' has no units (the file is empty or holds only headings and front matter; check it)\n"),
            (result.ExitCode, result.Out, result.Error));
    }

    [Fact]
    public void Import_MisspeltFrontMatterKey_ImportedWithWarning()
    {
        using var temp = new TempDirectory();
        temp.Write("doc.md", "---\nAutor: A. Writer\n---\nText.\n");
        var result = CliRunner.Run(temp.Path, "corpus", "import", "doc.md");
        Assert.Equal(
            (0, "added     doc (1 units) from doc.md\n", "doc.md(2,1): warning QCA2003: unknown front matter key 'Autor' is ignored (did you mean 'author'?)\n"),
            (result.ExitCode, result.Out, result.Error));
    }

    [Fact]
    public void Import_BadUnitOption_UsageError()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "corpus", "import", "--unit", "chapter", "a.txt");
        Assert.Equal(1, result.ExitCode);
    }
}
