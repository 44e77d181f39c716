namespace ContentAnalysis.Core.Tests.Codebooks;

/// <summary>A tab in the indentation is reported on the tab's own line, wherever it is and whatever the parser says.</summary>
public sealed class CodebookTabTests
{
    // Line and column of the tab, counted by hand in CodebookYaml.Valid (1-based).
    [Theory]
    [InlineData("title: T\n", "\ttitle: T\n", 2, 1)]
    [InlineData("    label: D\n", "  \tlabel: D\n", 6, 3)]
    [InlineData("    kind: single\n", "\t    kind: single\n", 8, 1)]
    [InlineData("        label: B\n", "      \t  label: B\n", 15, 7)]
    [InlineData("        definition: Def b.\n", "\t\tdefinition: Def b.\n", 16, 1)]
    public void Parse_TabInIndentation_LocatedOnTheTabsLine(string from, string to, int line, int column)
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace(from, to));
        Assert.Equal(("QCA1001", "invalid YAML: a tab is used for indentation", line, column), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_TabAfterAColon_IsNoError()
    {
        Assert.Null(CodebookYaml.Load(CodebookYaml.Replace("title: T\n", "title:\tT\n")).Diagnostics.FirstOrDefault(d => d.IsError));
    }
}
