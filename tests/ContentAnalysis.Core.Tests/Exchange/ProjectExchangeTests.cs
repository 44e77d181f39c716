using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ContentAnalysis.Core.Exchange;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Exchange;

public sealed class ProjectExchangeTests
{
    private static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";

    [Fact]
    public void ExportQde_Project_ValidatesAgainstProjectXsdWithChildrenInSchemaOrder()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(QdpxProject.Create(temp));
        var qde = ProjectExchange.ExportQde(project, ["anna", "ben"]);
        Assert.Empty(RefiSchema.Validate(qde, "Project.xsd"));
        var root = XDocument.Parse(Encoding.UTF8.GetString(qde)).Root!;
        Assert.Equal(Ns + "Project", root.Name);
        Assert.All(root.Descendants(), e => Assert.Equal(Ns, e.Name.Namespace));
        Assert.Equal(["Users", "CodeBook", "Sources", "Notes"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["anna", "ben"], root.Element(Ns + "Users")!.Elements().Select(u => (string)u.Attribute("name")!));
        Assert.All(root.Descendants().Attributes().Where(a => a.Name.LocalName is "guid" or "targetGUID" or "creatingUser"), a => Assert.True(RefiSchema.IsGuid(a.Value), a.Value));
        var guids = root.Descendants().Attributes("guid").Select(a => a.Value).ToList();
        Assert.Equal(guids.Count, guids.Distinct().Count());

        // Every CodeRef, NoteRef and creatingUser points at an element of the file.
        Assert.All(root.Descendants().Attributes().Where(a => a.Name.LocalName is "targetGUID" or "creatingUser"), a => Assert.Contains(a.Value, guids));
    }

    [Fact]
    public void ExportQde_ShippedExampleProject_ValidatesAndEverySelectionCutsOutItsUnit()
    {
        var project = Project.Open(RepositoryRoot.Path);
        var qde = ProjectExchange.ExportQde(project, project.Codings.Coders);
        Assert.Empty(RefiSchema.Validate(qde, "Project.xsd"));
        var root = XDocument.Parse(Encoding.UTF8.GetString(qde)).Root!;
        var selections = 0;
        foreach (var source in root.Descendants(Ns + "TextSource"))
        {
            var document = source.Element(Ns + "Description")!.Value.Split('\n').Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..];
            var runes = project.Corpus.ReadText(document).EnumerateRunes().Select(r => r.ToString()).ToArray();
            foreach (var selection in source.Elements(Ns + "PlainTextSelection"))
            {
                var (start, end) = ((int)selection.Attribute("startPosition")!, (int)selection.Attribute("endPosition")!);
                Assert.Equal(project.Corpus.UnitText(project.Corpus.FindUnit((string)selection.Attribute("name")!)!), string.Concat(runes[start..end]));
                selections++;
            }
        }

        Assert.True(selections > 100, $"{selections} selections");
    }

    [Fact]
    public void ExportQde_Selections_OffsetsInsideTheSourceInCodePoints()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(QdpxProject.Create(temp));
        var root = XDocument.Parse(Encoding.UTF8.GetString(ProjectExchange.ExportQde(project, ["anna", "ben"]))).Root!;
        foreach (var source in root.Descendants(Ns + "TextSource"))
        {
            var document = source.Element(Ns + "Description")!.Value.Split('\n').Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..];
            var runes = project.Corpus.ReadText(document).EnumerateRunes().Select(r => r.ToString()).ToArray();
            foreach (var selection in source.Elements(Ns + "PlainTextSelection"))
            {
                var start = (int)selection.Attribute("startPosition")!;
                var end = (int)selection.Attribute("endPosition")!;
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, runes.Length);
                var unit = project.Corpus.FindUnit((string)selection.Attribute("name")!)!;
                Assert.Equal(project.Corpus.UnitText(unit), string.Concat(runes[start..end]));
            }
        }

        // The second unit of a.txt follows one emoji (two UTF-16 units, one code point): "Fares 😀 rise again next
        // month." is 30 code points, then "\n\n", so the unit starts at code point 32 (UTF-16 offset 33) and its 46 code points end at 78.
        var second = root.Descendants(Ns + "PlainTextSelection").First(s => (string)s.Attribute("name")! == "a.p002");
        Assert.Equal((32, 78), ((int)second.Attribute("startPosition")!, (int)second.Attribute("endPosition")!));
        Assert.Equal(33, project.Corpus.FindUnit("a.p002")!.Start);
    }

    [Fact]
    public void ExportQde_CodingsAndMemos_UsersCodesAndNotes()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(QdpxProject.Create(temp));
        var root = XDocument.Parse(Encoding.UTF8.GetString(ProjectExchange.ExportQde(project, ["anna", "ben"]))).Root!;
        var anna = root.Descendants(Ns + "PlainTextSelection").First(s => (string)s.Attribute("name")! == "a.p001" && (string)s.Attribute("creatingUser")! == ExchangeGuid.For("user/anna"));
        Assert.Equal(["Coding", "Coding"], anna.Elements().Select(e => e.Name.LocalName));
        var fares = anna.Elements(Ns + "Coding").First();
        Assert.Equal(ExchangeGuid.For("codebook/example-minimal/dimension/topic/category/fares"), (string)fares.Element(Ns + "CodeRef")!.Attribute("targetGUID")!);
        Assert.Equal("2026-11-02T09:30:15.123Z", (string)fares.Attribute("creationDateTime")!);
        var note = root.Element(Ns + "Notes")!.Elements(Ns + "Note").Single(n => (string)n.Attribute("guid")! == (string)fares.Element(Ns + "NoteRef")!.Attribute("targetGUID")!);
        Assert.Equal("rise, not a freeze", note.Element(Ns + "PlainTextContent")!.Value);

        // 'none' is no code: it travels in the selection's [qcat] block, its memo as a note on the selection.
        var ben = root.Descendants(Ns + "PlainTextSelection").First(s => (string)s.Attribute("name")! == "a.p001" && (string)s.Attribute("creatingUser")! == ExchangeGuid.For("user/ben"));
        Assert.StartsWith("[qcat]\ntopic: none", ben.Element(Ns + "Description")!.Value, StringComparison.Ordinal);
        Assert.Equal(["Description", "NoteRef"], ben.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Export_Twice_ByteIdentical()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(QdpxProject.Create(temp));
        Assert.Equal(Bytes(project), Bytes(project));
    }

    [Fact]
    public void Export_Archive_HoldsProjectQdeAndFlatSourcesFolder()
    {
        using var temp = new TempDirectory();
        var project = Project.Open(QdpxProject.Create(temp));
        using var zip = new ZipArchive(new MemoryStream(Bytes(project)));
        Assert.Equal(
            new[] { "project.qde", $"sources/{ExchangeGuid.For("source/a")}.txt", $"sources/{ExchangeGuid.For("source/b")}.txt" },
            zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.Entries[1].Open());
        Assert.Equal(project.Corpus.ReadText("a"), reader.ReadToEnd());
    }

    [Fact]
    public void RoundTrip_ExportThenImportIntoEmptyProject_SameDocumentsUnitsCodingsAndCodebook()
    {
        using var temp = new TempDirectory();
        var source = Project.Open(QdpxProject.Create(temp));
        var archive = Path.Combine(temp.Path, "out.qdpx");
        File.WriteAllBytes(archive, Bytes(source));
        var target = new ProjectLayout(Directory.CreateDirectory(Path.Combine(temp.Path, "empty")).FullName);

        var summary = ProjectExchange.Import(target, archive, "out.qdpx", [], () => DateTimeOffset.UnixEpoch);

        var imported = Project.Open(target);
        Assert.Equal("codebooks/example-minimal.yaml", summary.CodebookWritten);
        Assert.Equal(source.Codebook.ContentHash, imported.Codebook.ContentHash);
        Assert.Equal(["a", "b"], imported.Corpus.Documents.Select(d => d.Id));
        Assert.Equal(source.Corpus.ReadText("a"), imported.Corpus.ReadText("a"));
        Assert.Equal(source.Corpus.Units.Select(u => (u.Id, u.Start, u.Length, u.Hash)), imported.Corpus.Units.Select(u => (u.Id, u.Start, u.Length, u.Hash)));
        Assert.Equal(["anna", "ben"], imported.Codings.Coders);
        foreach (var coder in new[] { "anna", "ben" })
        {
            Assert.Equal(Codings(source, coder), Codings(imported, coder));
        }

        Assert.Equal(["anna", "ben"], summary.Coders);
        Assert.Equal((0, 0, 0), (summary.NotMapped.Count, summary.Repaired.Count, summary.Skipped.Count));
        Assert.Equal(7, summary.UnitCodings);
    }

    [Fact]
    public void RoundTrip_SpanFiles_PointAtTheUnitsInTheStoredText()
    {
        using var temp = new TempDirectory();
        var archive = Path.Combine(temp.Path, "out.qdpx");
        File.WriteAllBytes(archive, Bytes(Project.Open(QdpxProject.Create(temp))));
        var target = new ProjectLayout(Directory.CreateDirectory(Path.Combine(temp.Path, "empty")).FullName);
        ProjectExchange.Import(target, archive, "out.qdpx", ["anna"], () => DateTimeOffset.UnixEpoch);

        var lines = File.ReadAllLines(Path.Combine(target.DataDirectory, "spans", "anna.csv"));
        Assert.Equal("document,start,end,dimension,category,memo", lines[0]);
        Assert.Contains("a,0,30,topic,fares,\"rise, not a freeze\"", lines);
        Assert.Contains("a,32,78,topic,funding_cut,", lines);
        Assert.False(File.Exists(Path.Combine(target.DataDirectory, "spans", "ben.csv")));
        Assert.Equal(["anna"], Project.Open(target).Codings.Coders);
    }

    private static byte[] Bytes(Project project)
    {
        using var buffer = new MemoryStream();
        ProjectExchange.Export(project, ["anna", "ben"], buffer);
        return buffer.ToArray();
    }

    private static List<string> Codings(Project project, string coder) =>
        [.. project.Codings.Load(coder).Units.SelectMany(u => u.Value.Select(d => string.Create(CultureInfo.InvariantCulture, $"{u.Key}|{d.Key}|{string.Join(';', d.Value.Values)}|{d.Value.Memo}|{d.Value.Time:O}"))).Order(StringComparer.Ordinal)];
}
