using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reporting;

namespace ContentAnalysis.Core.Tests.Reporting;

public sealed class TableWriterTests
{
    private static readonly string[] Header = ["unit", "units", "text"];

    [Fact]
    public void ToMarkdown_WritesHeaderRuleAndRows_EscapingPipes()
    {
        string[][] rows = [["u1", "3", "a|b"]];
        var text = TableWriter.ToMarkdown(Header, rows);
        Assert.Equal("| unit | units | text |\n|---|---|---|\n| u1 | 3 | a\\|b |\n", text);
    }

    [Fact]
    public void ToJson_CountsAreNumbers_OtherCellsText_NonAsciiKept()
    {
        string[][] rows = [["u1", "3", "Krieg „jetzt“"], ["u2", "n/a", "5"]];
        var text = TableWriter.ToJson(Header, rows);
        const string expected = "[\n  {\n    \"unit\": \"u1\",\n    \"units\": 3,\n    \"text\": \"Krieg „jetzt“\"\n  },\n"
            + "  {\n    \"unit\": \"u2\",\n    \"units\": \"n/a\",\n    \"text\": \"5\"\n  }\n]\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void DataJsonWriter_Check_WritesNullsAndSnakeCase()
    {
        var report = new IntegrityReport([], 1, 2, 0, 0);
        Diagnostic[] findings = [Diagnostic.Warning("QCA0001", "x")];
        var text = DataJsonWriter.Check(report, findings);
        const string expected = "{\n  \"documents\": 1,\n  \"units\": 2,\n  \"coders\": 0,\n  \"codings\": 0,\n  \"errors\": 0,\n  \"warnings\": 1,\n"
            + "  \"findings\": [\n    {\n      \"code\": \"QCA0001\",\n      \"severity\": \"warning\",\n      \"message\": \"x\",\n      \"file\": null,\n      \"line\": 0,\n      \"hint\": null\n    }\n  ]\n}\n";
        Assert.Equal(expected, text);
    }
}
