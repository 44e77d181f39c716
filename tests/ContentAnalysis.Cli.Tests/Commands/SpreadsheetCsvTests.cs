namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>CSV a spreadsheet may open is neutralised against formula injection; the project's own tables are not.</summary>
public sealed class SpreadsheetCsvTests
{
    private const string Document = "---\nid: evil\ntitle: \"=HYPERLINK(\\\"http://x\\\")\"\nauthor: \"@admin\"\nsource: \"-2+3\"\ndate: 2020-10-10\n---\n- first item\n\nSecond paragraph.\n";

    [Fact]
    public void CorpusList_FormulaLikeCells_QuotedStorageUntouched()
    {
        using var temp = new TempDirectory();
        temp.Write("evil.md", Document);
        Assert.Equal(0, CliRunner.Run(temp.Path, "corpus", "import", "evil.md").ExitCode);

        var list = CliRunner.Run(temp.Path, "corpus", "list", "--format", "csv");
        Assert.Equal("id,title,author,source,date,period,units\nevil,\"'=HYPERLINK(\"\"http://x\"\")\",'@admin,'-2+3,2020-10-10,,2\n", list.Out);

        // The project's own table keeps the text as it is: qcat reads it back.
        Assert.Contains("evil,\"=HYPERLINK(\"\"http://x\"\")\",@admin,-2+3,", File.ReadAllText(Path.Combine(temp.Path, "data", "documents.csv")), StringComparison.Ordinal);
    }
}
