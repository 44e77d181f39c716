using System.Text;
using System.Xml.Linq;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Exchange;

namespace ContentAnalysis.Core.Tests.Exchange;

public sealed class CodebookExchangeTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:codebook:1.0";

    public static TheoryData<string> Codebooks => new() { "example-minimal.yaml", "russia-south-caucasus.yaml" };

    [Theory]
    [MemberData(nameof(Codebooks))]
    public void ExportQdc_ShippedCodebook_ValidatesAgainstCodebookXsd(string file)
    {
        var qdc = CodebookExchange.ExportQdc(Load(file));
        Assert.Empty(RefiSchema.Validate(qdc, "Codebook.xsd"));
        var root = XDocument.Parse(Encoding.UTF8.GetString(qdc)).Root!;
        Assert.Equal(Ns + "CodeBook", root.Name);
        Assert.All(root.Descendants(Ns + "Code"), c =>
        {
            Assert.True(RefiSchema.IsGuid((string)c.Attribute("guid")!));
            Assert.NotNull(c.Attribute("name"));
            Assert.NotNull(c.Attribute("isCodable"));
        });
        Assert.False(qdc.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Theory]
    [MemberData(nameof(Codebooks))]
    public void ExportQdc_Twice_ByteIdentical(string file) =>
        Assert.Equal(CodebookExchange.ExportQdc(Load(file)), CodebookExchange.ExportQdc(Load(file)));

    [Theory]
    [MemberData(nameof(Codebooks))]
    public void ExportImportExport_ShippedCodebook_FixedPointWithSameContentHash(string file)
    {
        using var temp = new TempDirectory();
        var original = Load(file);
        var first = CodebookExchange.ExportQdc(original);
        var path = temp.WriteBytes("book.qdc", first);
        var imported = CodebookExchange.ImportQdc(path, "book.qdc");
        var second = CodebookExchange.ExportQdc(imported.Codebook);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(original.ContentHash, imported.Codebook.ContentHash);
    }

    [Fact]
    public void ExportQdc_Guids_AreNameBasedFromCodebookAndCategoryIds()
    {
        // RFC 9562 / Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') = 886313e1-3b8a-5372-9b90-0c9aee199e5d.
        Assert.Equal("886313e1-3b8a-5372-9b90-0c9aee199e5d", ExchangeGuid.Create(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org").ToString());

        // uuid.uuid5(uuid.NAMESPACE_URL, 'urn:qcat') = 78b681b5-a588-5c9d-a7cc-e535832ebef0, qcat's namespace.
        Assert.Equal("78b681b5-a588-5c9d-a7cc-e535832ebef0", ExchangeGuid.Namespace.ToString());
        var root = XDocument.Parse(Encoding.UTF8.GetString(CodebookExchange.ExportQdc(Load("example-minimal.yaml")))).Root!;
        var fares = root.Descendants(Ns + "Code").Single(c => (string)c.Attribute("name")! == "Fares and tickets");
        Assert.Equal(ExchangeGuid.For("codebook/example-minimal/dimension/topic/category/fares"), (string)fares.Attribute("guid")!);
    }

    [Fact]
    public void ExportQdc_Category_DescriptionCarriesDefinitionAndReadableBlock()
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(CodebookExchange.ExportQdc(Load("example-minimal.yaml")))).Root!;
        var topic = root.Element(Ns + "Codes")!.Elements(Ns + "Code").First();
        Assert.Equal(("Topic", "false"), ((string)topic.Attribute("name")!, (string)topic.Attribute("isCodable")!));
        var fares = topic.Elements(Ns + "Code").First();
        Assert.Equal(("true", "#1f77b4"), ((string)fares.Attribute("isCodable")!, (string)fares.Attribute("color")!));
        Assert.Equal(
            "Prices of journeys, ticket types and how passengers pay for them.\n\n[qcat]\nid: fares\n"
            + "include: A fare rises, falls or is frozen.\ninclude: A new ticket, pass or payment method is introduced or withdrawn.\n"
            + "exclude: Public money given to the operator is funding, even when fares are mentioned.\nsee: funding\n"
            + "example: From March a single bus ticket will cost twenty cents more.\n"
            + "keyword: fare\nkeyword: ticket\nkeyword: season pass\npattern: \\bfares?\\b",
            fares.Element(Ns + "Description")!.Value);

        // Child order: Description before the child codes (funding has the sub-category funding_cut).
        var funding = topic.Elements(Ns + "Code").ElementAt(1);
        Assert.Equal(["Description", "Code"], funding.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void ExportQdc_CssColourName_HexAttributeAndNameReadBack()
    {
        using var temp = new TempDirectory();
        var yaml = File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")).Replace("color: \"#1f77b4\"", "color: SteelBlue", StringComparison.Ordinal);
        var codebook = CodebookLoader.Parse(yaml, "x.yaml").Codebook!;
        var qdc = CodebookExchange.ExportQdc(codebook);
        var fares = XDocument.Parse(Encoding.UTF8.GetString(qdc)).Root!.Descendants(Ns + "Code").Single(c => (string)c.Attribute("name")! == "Fares and tickets");

        // CSS: steelblue = rgb(70, 130, 180) = #4682b4.
        Assert.Equal("#4682b4", (string)fares.Attribute("color")!);
        var back = CodebookExchange.ImportQdc(temp.WriteBytes("x.qdc", qdc), "x.qdc").Codebook;
        Assert.Equal("SteelBlue", back.FindDimension("topic")!.FindCategory("fares")!.Color);
    }

    [Fact]
    public void ImportQdc_DesktopCodebookWithoutNamespaceOrBlock_CodesBecomeDimensionsAndCategories()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("maxqda.qdc", """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook origin="MAXQDA 2022">
              <Codes>
                <Code guid="{A1B2C3D4-0000-0000-0000-000000000001}" name="Emotions" isCodable="false" color="#FF0000">
                  <Description>Feelings the speaker names.</Description>
                  <Code guid="{A1B2C3D4-0000-0000-0000-000000000002}" name="Joy" isCodable="true" color="#00FF00"><Description>Happiness.</Description></Code>
                  <Code guid="{A1B2C3D4-0000-0000-0000-000000000003}" name="Anger &amp; rage" isCodable="true" />
                  <Code guid="{A1B2C3D4-0000-0000-0000-000000000004}" name="None" isCodable="true" />
                </Code>
                <Code guid="{A1B2C3D4-0000-0000-0000-000000000005}" name="Interesting" isCodable="true" />
              </Codes>
            </CodeBook>
            """);
        var imported = CodebookExchange.ImportQdc(path, "maxqda.qdc");
        var codebook = imported.Codebook;
        Assert.Equal(("maxqda", 5), (codebook.Id, imported.Codes));
        Assert.Equal(["emotions", "codes"], codebook.Dimensions.Select(d => d.Id));
        var emotions = codebook.Dimensions[0];
        Assert.Equal((DimensionKind.Multi, "Feelings the speaker names."), (emotions.Kind, emotions.Question));
        Assert.Equal(["joy", "anger_rage", "none_2"], emotions.Categories.Select(c => c.Id));
        Assert.Equal(("Joy", "Happiness.", "#00FF00"), (emotions.Categories[0].Label, emotions.Categories[0].Definition, emotions.Categories[0].Color));
        Assert.Equal(["interesting"], codebook.Dimensions[1].Categories.Select(c => c.Id));
    }

    [Fact]
    public void ImportQdc_NoCodes_QCA9512()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("empty.qdc", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>");
        var error = Assert.Throws<InputException>(() => CodebookExchange.ImportQdc(path, "empty.qdc"));
        Assert.Equal("empty.qdc: error QCA9512: the codebook has no codes (export the codebook again with its codes)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void ImportQdc_ProjectFileGiven_QCA9510()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("p.qdc", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");
        var error = Assert.Throws<InputException>(() => CodebookExchange.ImportQdc(path, "p.qdc"));
        Assert.Equal("QCA9510", error.Diagnostics.Single().Code);
    }

    [Fact]
    public void ImportQdc_MissingFile_QCA9511()
    {
        var error = Assert.Throws<InputException>(() => CodebookExchange.ImportQdc("/nonexistent/x.qdc", "x.qdc"));
        Assert.Equal("x.qdc: error QCA9511: file not found (check the path)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Save_TargetExists_QCA9512AndFileUntouched()
    {
        using var temp = new TempDirectory();
        var target = temp.Write("codebooks/example-minimal.yaml", "keep");
        var imported = CodebookExchange.ImportQdc(temp.WriteBytes("x.qdc", CodebookExchange.ExportQdc(Load("example-minimal.yaml"))), "x.qdc");
        var error = Assert.Throws<InputException>(() => CodebookExchange.Save(imported, target, "codebooks/example-minimal.yaml"));
        Assert.Equal("QCA9512", error.Diagnostics.Single().Code);
        Assert.Equal("keep", File.ReadAllText(target));
    }

    [Fact]
    public void CodeDescription_MultiLineValues_RoundTrip()
    {
        var text = CodeDescription.Compose("Definition.", [new("include", "line one\nline two"), new("example", "  indented"), new("see", "x")]);
        var (human, fields) = CodeDescription.Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal("Definition.", human);
        Assert.Equal(["include=line one\nline two", "example=  indented", "see=x"], fields.Select(f => $"{f.Key}={f.Value}"));
    }

    private static Codebook Load(string file) => CodebookLoader.LoadFile(RepositoryRoot.Combine("codebooks", file)).Codebook!;
}
