using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Codebooks;

/// <summary>One test per validation rule: code, message, location and (where useful) hint.</summary>
public sealed class CodebookValidationTests
{
    [Fact]
    public void Parse_ValidCodebook_HasNoDiagnostics()
    {
        var result = CodebookYaml.Load(CodebookYaml.Valid);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Codebook);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsOneLocatedError()
    {
        var result = CodebookYaml.Load("id: t\ntitle: T\n  version: 1\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Null(result.Codebook);
        Assert.Equal(("QCA1001", DiagnosticSeverity.Error, "test.yaml", 3, 10), (d.Code, d.Severity, d.File, d.Line, d.Column));
        Assert.StartsWith("invalid YAML: ", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedFlowSequence_ReportsLocatedErrorInsteadOfCrashing()
    {
        var d = CodebookYaml.Single("id: t\ntitle: [unclosed\nversion: 1\n");
        Assert.Equal(("QCA1001", "invalid YAML: the file ends inside a '[...]' or '{...}' that is never closed", 2, 8), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_TabIndentation_IsReportedOnTheTabsLine()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("      - id: b\n", "\t  - id: b\n"));
        Assert.Equal(("QCA1001", "invalid YAML: a tab is used for indentation", 14, 1), (d.Code, d.Message, d.Line, d.Column));
        Assert.Equal("indent with spaces only; YAML does not allow tabs for indentation", d.Hint);
    }

    [Fact]
    public void Parse_SecondYamlDocument_IsAnErrorAtItsStart()
    {
        var result = CodebookYaml.Load(CodebookYaml.Valid + "\n---\nid: second\n");
        Assert.Null(result.Codebook);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("QCA1016", "the file holds 2 YAML documents separated by '---'; a codebook file holds one", 19, 1), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_StrayDocumentMarkerAtTheEnd_IsHarmless() =>
        Assert.Empty(CodebookYaml.Load(CodebookYaml.Valid + "\n---\n").Diagnostics);

    [Fact]
    public void Parse_DuplicateKey_NamesTheKey()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("title: T\n", "title: T\ntitle: U\n"));
        Assert.Equal(("QCA1015", "duplicate key 'title' (first defined at line 2)", 3, 1), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_DuplicateKeyInAListItem_NamesTheFirstLine()
    {
        // 'id' is the first key of category 'b' (line 14, written '- id: b'); repeat it two lines below.
        var d = CodebookYaml.Single(CodebookYaml.Replace("label: B\n", "label: B\n        id: c\n"));
        Assert.Equal(("QCA1015", "duplicate key 'id' (first defined at line 14)", 16, 9), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_DuplicateKeyInNestedMapping_NotConfusedWithOuterKey()
    {
        // 'label' of dimension d (line 6) must not be taken for the first 'label' of category a.
        var d = CodebookYaml.Single(CodebookYaml.Replace("definition: Def a.\n", "definition: Def a.\n        label: A2\n"));
        Assert.Equal(("QCA1015", "duplicate key 'label' (first defined at line 11)", 13, 9), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_MisspeltKey_SuggestsTheNearestKey()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("definition: Def a.", "definition: Def a.\n        defintion: x"));
        Assert.Equal(("QCA1002", "unknown key 'defintion' in category 'a'", 13, 9), (d.Code, d.Message, d.Line, d.Column));
        Assert.Equal("did you mean 'definition'?", d.Hint);
    }

    [Theory]
    [InlineData("title: T", "titel: T", "title")]
    [InlineData("label: A", "lable: A", "label")]
    public void Parse_KeyWithSwappedLetters_SuggestsTheIntendedKey(string from, string to, string expected)
    {
        var result = CodebookYaml.Load(CodebookYaml.Replace(from, to));
        var d = Assert.Single(result.Diagnostics, x => x.Code == "QCA1002");
        Assert.Equal($"did you mean '{expected}'?", d.Hint);
    }

    [Fact]
    public void Parse_UnknownKeyFarFromAny_ListsTheAllowedKeys()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("title: T", "title: T\ncolour_scheme: x"));
        Assert.Equal(("QCA1002", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Equal("allowed keys: id, title, version, description, authors, unit, dimensions, negation", d.Hint);
    }

    [Fact]
    public void Parse_MissingRequiredField_IsReportedAtTheMapping()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("    question: Q?\n", string.Empty));
        Assert.Equal(("QCA1004", "missing required field 'question' in dimension 'd'", 5, 5), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_RequiredNotBoolean_QuotesTheValue()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("kind: single", "kind: single\n    required: maybe"));
        Assert.Equal(("QCA1005", "'required' of dimension 'd' must be true or false, not 'maybe'", 9, 15), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_UnknownKind_ListsAllowedValuesAndSuggests()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("kind: single", "kind: multiple"));
        Assert.Equal(("QCA1005", "'kind' of dimension 'd' must be one of single, multi, ordinal, interval, not 'multiple'", 8, 11), (d.Code, d.Message, d.Line, d.Column));
        Assert.Equal("did you mean 'multi'?", d.Hint);
    }

    [Fact]
    public void Parse_UnknownUnit_ListsAllowedValues()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("version: \"1\"", "version: \"1\"\nunit: paragraphs"));
        Assert.Equal(("QCA1005", "'unit' of the codebook must be one of paragraph, sentence, document, not 'paragraphs'", 4, 7), (d.Code, d.Message, d.Line, d.Column));
        Assert.Equal("did you mean 'paragraph'?", d.Hint);
    }

    [Fact]
    public void Parse_DuplicateCategoryId_NamesTheFirstDefinitionsLine()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("- id: b", "- id: a"));
        Assert.Equal(("QCA1003", "duplicate category id 'a' in dimension 'd' (first defined at line 10)", 14, 13), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_DuplicateIdInSubCategory_IsReported()
    {
        var yaml = CodebookYaml.Replace("        examples: [ex]\n      - id: b", "        examples: [ex]\n        categories:\n          - {id: b, label: B2, definition: x, examples: [y]}\n      - id: b");
        var d = CodebookYaml.Single(yaml);
        Assert.Equal(("QCA1003", "duplicate category id 'b' in dimension 'd' (first defined at line 15)", 16, 13), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_DuplicateDimensionId_NamesTheFirstDefinitionsLine()
    {
        var yaml = CodebookYaml.Valid + "\n  - id: d\n    label: D2\n    question: Q2?\n    kind: ordinal\n    levels: [{value: 1, label: one}]\n";
        var d = CodebookYaml.Single(yaml);
        Assert.Equal(("QCA1006", "duplicate dimension id 'd' (first defined at line 5)", 18, 9), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_SeeUnknownCategory_SuggestsTheNearestId()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("definition: Def a.", "definition: Def a.\n        exclude:\n          - {rule: Not when b., see: bb}"));
        Assert.Equal(("QCA1007", "boundary rule of category 'a' refers to unknown category 'bb' in dimension 'd'", 14, 38), (d.Code, d.Message, d.Line, d.Column));
        Assert.Equal("did you mean 'b'?", d.Hint);
    }

    [Fact]
    public void Parse_InvalidPattern_IncludesTheRegexError()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("definition: Def a.", "definition: Def a.\n        indicators:\n          patterns: ['(open']"));
        Assert.Equal(("QCA1008", 14, 22), (d.Code, d.Line, d.Column));
        Assert.StartsWith("invalid regular expression '(open' in category 'a': ", d.Message, StringComparison.Ordinal);
        Assert.Contains("Not enough )'s", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'#1f77b4'")]
    [InlineData("'#ABC'")]
    [InlineData("SteelBlue")]
    public void Parse_ValidColor_Accepted(string color) =>
        Assert.Empty(CodebookYaml.Load(CodebookYaml.Replace("definition: Def a.", "definition: Def a.\n        color: " + color)).Diagnostics);

    [Theory]
    [InlineData("steelblu", "did you mean 'steelblue'?")]
    [InlineData("'#12345'", "write '#rrggbb' (e.g. '#1f77b4') or a CSS colour name such as 'steelblue'")]
    [InlineData("'rgb(1,2,3)'", "write '#rrggbb' (e.g. '#1f77b4') or a CSS colour name such as 'steelblue'")]
    public void Parse_InvalidColor_IsReportedAtTheValue(string color, string hint)
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("definition: Def a.", "definition: Def a.\n        color: " + color));
        Assert.Equal(("QCA1005", $"'color' of category 'a' is not a colour: '{color.Trim('\'')}'", 13, 16, hint), (d.Code, d.Message, d.Line, d.Column, d.Hint));
    }

    [Fact]
    public void Parse_LevelsDecreasing_IsReportedAtTheValue()
    {
        var d = CodebookYaml.Single(Scale("[{value: 1, label: hi}, {value: 0, label: lo}]"));
        Assert.Equal(("QCA1009", "level value 0 in dimension 's' is less than the level before it (1)", 9, 45), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_DuplicateLevelValue_NamesTheFirstLine()
    {
        var d = CodebookYaml.Single(Scale("\n      - {value: 0, label: a}\n      - {value: 0.0, label: b}"));
        Assert.Equal(("QCA1010", "duplicate level value 0 in dimension 's' (first defined at line 10)", 11, 17), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_DimensionWithoutCategories_IsAnError()
    {
        var d = CodebookYaml.Single("id: t\ntitle: T\nversion: '1'\ndimensions:\n  - {id: d, label: D, question: Q?, kind: multi, categories: []}\n");
        Assert.Equal(("QCA1011", "dimension 'd' has no categories", 5, 62), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_ScaleWithoutLevels_IsAnError()
    {
        var d = CodebookYaml.Single("id: t\ntitle: T\nversion: '1'\ndimensions:\n  - {id: s, label: S, question: Q?, kind: interval}\n");
        Assert.Equal(("QCA1011", "dimension 's' has no levels", 5, 5), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_CategoriesOnOrdinalDimension_IsAnError()
    {
        var result = CodebookYaml.Load(CodebookYaml.Replace("kind: single", "kind: ordinal\n    levels: [{value: 1, label: one}]"));
        var d = Assert.Single(result.Diagnostics, x => x.Code == "QCA1012");
        Assert.Equal(("ordinal dimension 'd' takes 'levels', not 'categories'", 11, 7), (d.Message, d.Line, d.Column));
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Parse_LevelsOnSingleDimension_IsAnError()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("kind: single", "kind: single\n    levels: [{value: 1, label: one}]"));
        Assert.Equal(("QCA1012", "single dimension 'd' takes 'categories', not 'levels'", 9, 13), (d.Code, d.Message, d.Line, d.Column));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("uncoded")]
    public void Parse_CategoryIdNoneOrUncoded_IsReserved(string id)
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("- id: b", "- id: " + id));
        Assert.Equal(("QCA1013", $"category id '{id}' is reserved in dimension 'd'", 14, 13), (d.Code, d.Message, d.Line, d.Column));
    }

    [Fact]
    public void Parse_InvalidIdCharacters_SuggestsAValidId()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("- id: b", "- id: Ally Of Armenia"));
        Assert.Equal(("QCA1014", "invalid category id 'Ally Of Armenia'", 14, 13), (d.Code, d.Message, d.Line, d.Column));
        Assert.Equal("use lower-case letters, digits, '_' and '-', starting with a letter, e.g. 'ally_of_armenia'", d.Hint);
    }

    [Fact]
    public void Parse_CategoryWithoutDefinitionOrExample_WarnsButLoads()
    {
        var result = CodebookYaml.Load(CodebookYaml.Replace("\n        definition: Def b.\n        examples: [ex]", string.Empty));
        Assert.NotNull(result.Codebook);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal(("QCA1101", DiagnosticSeverity.Warning, "category 'b' has no definition", 14, 9), (d.Code, d.Severity, d.Message, d.Line, d.Column)),
            d => Assert.Equal(("QCA1102", DiagnosticSeverity.Warning, "category 'b' has no anchor example", 14, 9), (d.Code, d.Severity, d.Message, d.Line, d.Column)));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllInFileOrder()
    {
        var yaml = CodebookYaml.Replace("kind: single", "kind: singel").Replace("- id: b", "- id: a", StringComparison.Ordinal).Replace("title: T", "titel: T", StringComparison.Ordinal);
        var result = CodebookYaml.Load(yaml);
        Assert.Null(result.Codebook);
        Assert.Equal(["QCA1004", "QCA1002", "QCA1005", "QCA1003"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([1, 2, 8, 14], result.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Diagnostic_ToString_IsCompilerStyle()
    {
        var d = CodebookYaml.Single(CodebookYaml.Replace("- id: b", "- id: a"));
        Assert.Equal("test.yaml(14,13): error QCA1003: duplicate category id 'a' in dimension 'd' (first defined at line 10) (ids must be unique within a dimension, sub-categories included)", d.ToString());
    }

    private static string Scale(string levels) =>
        "id: t\ntitle: T\nversion: '1'\ndimensions:\n  - id: s\n    label: S\n    question: Q?\n    kind: ordinal\n    levels: " + levels + "\n";
}
