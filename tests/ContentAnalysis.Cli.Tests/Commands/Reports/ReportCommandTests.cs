using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContentAnalysis.Cli.Tests.Commands.Reports;

public sealed partial class ReportCommandTests
{
    public static TheoryData<string, string> ReportsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var report in new[] { "appendix", "codebook", "reliability", "findings" })
        {
            foreach (var format in new[] { "md", "html", "docx" })
            {
                data.Add(report, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReportsAndFormats))]
    public void Report_ExampleProject_MatchesApprovedFile(string report, string format)
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "report", report, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal($"reports/out/{report}.{format}\n", result.Out);
        var path = Path.Combine(project.Path, "reports", "out", $"{report}.{format}");
        var text = format switch
        {
            "docx" => DocumentXml(path),
            "html" => SvgBody().Replace(File.ReadAllText(path), "$1…</svg>"),
            _ => File.ReadAllText(path),
        };
        Snapshot.Verify(text, $"{report}", format == "docx" ? "docx.xml" : format);
    }

    [Fact]
    public void Report_Markdown_WritesEachFigureAsPngAndSvgBesideIt()
    {
        using var project = ExampleProject.Copy();

        CliRunner.Run(project.Path, "report", "appendix", "--bootstrap", "0");

        var folder = Path.Combine(project.Path, "reports", "out");
        Assert.Equal(
            ["appendix-alpha-categories.png", "appendix-alpha-categories.svg", "appendix-alpha-dimensions.png", "appendix-alpha-dimensions.svg", "appendix.md"],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("](appendix-alpha-dimensions.png)", File.ReadAllText(Path.Combine(folder, "appendix.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("appendix")]
    [InlineData("codebook")]
    [InlineData("reliability")]
    public void Report_Word_IsValidOpenXmlWithHeadingsAndHeaderRows(string report)
    {
        using var project = ExampleProject.Copy();
        CliRunner.Run(project.Path, "report", report, "--format", "docx", "--bootstrap", "0");

        using var word = WordprocessingDocument.Open(Path.Combine(project.Path, "reports", "out", report + ".docx"), false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Descendants<ParagraphStyleId>(), s => s.Val == "Heading1");
        Assert.All(body.Descendants<Table>(), t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Report_Out_WritesThere()
    {
        using var project = ExampleProject.Copy();

        var result = CliRunner.Run(project.Path, "report", "codebook", "--format", "html", "--out", "supplement/codebook.html", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(project.Path, "supplement", "codebook.html")));
    }

    // Word's relationship ids are random per write; the XML is indented so a change reads as a diff.
    private static string DocumentXml(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        using var stream = archive.GetEntry("word/document.xml")!.Open();
        var xml = XDocument.Load(stream).ToString();
        return RelationshipId().Replace(xml, "r:embed=\"R…\"");
    }

    // A chart's drawing depends on the fonts installed (text is measured); its text alternative and data table do not.
    [GeneratedRegex("(<svg[^>]*>)[\\s\\S]*?</svg>")]
    private static partial Regex SvgBody();

    [GeneratedRegex("r:embed=\"R[0-9a-f]+\"")]
    private static partial Regex RelationshipId();
}
