using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Codebooks;

public sealed class CodebookLoaderTests
{
    private static Codebook LoadShipped(string name)
    {
        var result = CodebookLoader.LoadFile(RepositoryRoot.Combine("codebooks", name));
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<Codebook>(result.Codebook);
    }

    [Fact]
    public void LoadFile_RussiaSouthCaucasus_LoadsWithoutErrorsOrWarnings()
    {
        var codebook = LoadShipped("russia-south-caucasus.yaml");
        Assert.Equal(("russia-south-caucasus", "1.0", UnitKind.Paragraph), (codebook.Id, codebook.Version, codebook.Unit));
        Assert.Equal(["russia_role", "azerbaijan_strategy", "russia_tactic", "relations_tone"], codebook.Dimensions.Select(d => d.Id));
    }

    [Theory]
    [InlineData("russia_role", "ally_of_armenia,mediator,partner_of_azerbaijan,partner_of_turkey")]
    [InlineData("azerbaijan_strategy", "multi_vector_balancing,external_balancing,accommodation,coercive_diplomacy")]
    [InlineData("russia_tactic", "peacekeeping_leverage,coercive_signalling,soft_power,pragmatic_interest")]
    public void LoadFile_RussiaSouthCaucasus_HasTheAgreedCategoryIds(string dimensionId, string ids)
    {
        var dimension = LoadShipped("russia-south-caucasus.yaml").FindDimension(dimensionId)!;
        Assert.Equal((DimensionKind.Multi, true), (dimension.Kind, dimension.Required));
        Assert.Equal(ids.Split(','), dimension.AllCategories().Select(c => c.Id));
    }

    [Fact]
    public void LoadFile_RussiaSouthCaucasus_EveryCategoryMeetsTheCodebookStandard()
    {
        foreach (var dimension in LoadShipped("russia-south-caucasus.yaml").Dimensions.Where(d => d.IsCategorical))
        {
            foreach (var category in dimension.AllCategories())
            {
                Assert.True(category.Definition.Length > 20, category.Id);
                Assert.True(category.Include.Count >= 2, category.Id);
                Assert.Contains(category.Exclude, r => r.See is not null && dimension.FindCategory(r.See) is not null);
                Assert.NotEmpty(category.Examples);
                Assert.NotEmpty(category.Indicators.Keywords);
                Assert.NotEmpty(category.Indicators.Patterns);
            }
        }
    }

    [Fact]
    public void LoadFile_RussiaSouthCaucasus_ToneIsAnOptionalFivePointScale()
    {
        var tone = LoadShipped("russia-south-caucasus.yaml").FindDimension("relations_tone")!;
        Assert.Equal((DimensionKind.Ordinal, false), (tone.Kind, tone.Required));
        Assert.Equal([-2.0, -1, 0, 1, 2], tone.Levels.Select(l => l.Value));
        Assert.Equal(["confrontational", "tense", "mixed or neutral", "cooperative", "allied"], tone.Levels.Select(l => l.Label));
    }

    [Fact]
    public void LoadFile_ExampleMinimal_ReadsEveryField()
    {
        var codebook = LoadShipped("example-minimal.yaml");
        Assert.Equal(("example-minimal", "Minimal example codebook", "1.0"), (codebook.Id, codebook.Title, codebook.Version));
        Assert.Equal(["ContentAnalysis project"], codebook.Authors);
        Assert.EndsWith("on public transport.", codebook.Description, StringComparison.Ordinal);
        var topic = codebook.FindDimension("topic")!;
        Assert.Equal((DimensionKind.Single, true), (topic.Kind, topic.Required));
        var fares = topic.FindCategory("fares")!;
        Assert.Equal("Prices of journeys, ticket types and how passengers pay for them.", fares.Definition);
        Assert.Equal(new BoundaryRule("Public money given to the operator is funding, even when fares are mentioned.", "funding"), Assert.Single(fares.Exclude));
        Assert.Equal(["fare", "ticket", "season pass"], fares.Indicators.Keywords);
        Assert.Equal([@"\bfares?\b"], fares.Indicators.Patterns);
        Assert.Equal("#1f77b4", fares.Color);
        Assert.Equal(["fares", "funding", "funding_cut"], topic.AllCategories().Select(c => c.Id));
        var tone = codebook.FindDimension("tone")!;
        Assert.Equal((DimensionKind.Ordinal, false), (tone.Kind, tone.Required));
        Assert.Equal("critical", tone.FindLevel(-1)!.Label);
        Assert.Empty(tone.FindLevel(1)!.Examples);
    }

    [Fact]
    public void LoadFile_RecordsSourcePathAndHash()
    {
        var path = RepositoryRoot.Combine("codebooks", "example-minimal.yaml");
        var codebook = CodebookLoader.LoadFile(path).Codebook!;
        Assert.Equal(path, codebook.SourcePath);
        Assert.Matches("^sha256:[0-9a-f]{16}$", codebook.ContentHash);
    }

    [Fact]
    public void Parse_RequiredOmitted_DefaultsToTrueAndUnitToParagraph()
    {
        var codebook = CodebookYaml.Load(CodebookYaml.Valid).Codebook!;
        Assert.True(codebook.Dimensions[0].Required);
        Assert.Equal(UnitKind.Paragraph, codebook.Unit);
    }

    [Fact]
    public void Parse_SingleTextForAList_CountsAsOneItem()
    {
        var codebook = CodebookYaml.Load(CodebookYaml.Replace("examples: [ex]\n      - id: b", "examples: Only one.\n        include: One rule.\n      - id: b")).Codebook!;
        var a = codebook.Dimensions[0].FindCategory("a")!;
        Assert.Equal(["Only one."], a.Examples);
        Assert.Equal(["One rule."], a.Include);
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsInputException()
    {
        var e = Assert.Throws<Core.Diagnostics.InputException>(() => CodebookLoader.LoadFile("/no/such/codebook.yaml"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("QCA9001", "codebook file not found", "/no/such/codebook.yaml"), (d.Code, d.Message, d.File));
    }

    [Fact]
    public void LoadFile_Folder_SaysItIsAFolder()
    {
        using var temp = new TempDirectory();
        var e = Assert.Throws<Core.Diagnostics.InputException>(() => CodebookLoader.LoadFile(temp.Path, "codebooks"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("QCA9001", "this is a folder, not a codebook file", "codebooks", "pass the path of a .yaml file"), (d.Code, d.Message, d.File, d.Hint));
    }

    [Fact]
    public void LoadFile_Latin1File_ReportsTheFirstInvalidByteWithLineAndColumn()
    {
        using var temp = new TempDirectory();
        // "title: Été" saved as Latin-1: 0xC9 is not valid UTF-8.
        var path = temp.WriteBytes("latin1.yaml", [.. "id: t\ntitle: "u8, 0xC9, .. "t\u00e9\n"u8]);
        var result = CodebookLoader.LoadFile(path, "codebooks/latin1.yaml");
        Assert.Null(result.Codebook);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("QCA1017", "codebooks/latin1.yaml", 2, 8), (d.Code, d.File, d.Line, d.Column));
        Assert.Equal("the file is not UTF-8 text: byte 0xC9 at line 2, column 8 is not valid UTF-8", d.Message);
        Assert.Equal("save the file as UTF-8; most editors offer it under 'Save with encoding'", d.Hint);
    }

    [Fact]
    public void LoadFile_Utf8WithByteOrderMark_LoadsLikeWithout()
    {
        using var temp = new TempDirectory();
        var text = File.ReadAllBytes(RepositoryRoot.Combine("codebooks", "example-minimal.yaml"));
        var path = temp.WriteBytes("bom.yaml", [0xEF, 0xBB, 0xBF, .. text]);
        var result = CodebookLoader.LoadFile(path, "bom.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("bom.yaml", "sha256:2d24fcde80b0c365"), (result.Codebook!.SourcePath, result.Codebook.ContentHash));
    }
}
