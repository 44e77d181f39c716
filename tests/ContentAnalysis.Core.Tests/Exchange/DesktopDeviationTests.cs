using System.Text;
using ContentAnalysis.Core.Exchange;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Core.Tests.Exchange;

/// <summary>
/// Import of a project that mimics what desktop programs write in the wild (../shared/refi-qda notes): no namespace,
/// ids that are not GUIDs, 'Sources/' for 'sources/', CRLF text with positions counted on LF, a byte order mark
/// counted as a position, a PDF source, a selection outside its text.
/// </summary>
public sealed class DesktopDeviationTests
{
    private const string CrlfText = "Line one about fares.\r\nStill paragraph one.\r\n\r\nSecond paragraph on funding.\r\n";
    private const string BomText = "Only paragraph, with funding and fares.\n";

    [Fact]
    public void Import_DesktopDeviations_RepairedMappedAndListed()
    {
        using var temp = new TempDirectory();
        var lf = CrlfText.Replace("\r\n", "\n", StringComparison.Ordinal);

        // Positions as the program counted them: on the LF text for s1, with the byte order mark as position 0 for s2.
        var second = lf.IndexOf("Second", StringComparison.Ordinal);
        var funding = BomText.IndexOf("funding", StringComparison.Ordinal) + 1;
        var qde = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project name="Desktop Study" origin="Some QDA 2024">
              <Users><User guid="u1" name="Anna M"/></Users>
              <CodeBook><Codes>
                <Code guid="topic" name="Topic" isCodable="false">
                  <Code guid="c-fares" name="Fares" isCodable="true"/>
                  <Code guid="c-funding" name="Funding" isCodable="true"/>
                </Code>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="s1" name="Interview 1" plainTextPath="internal://s1.txt">
                  <PlainTextSelection guid="sel1" name="Second paragraph on funding." startPosition="{second}" endPosition="{second + 28}" creatingUser="u1">
                    <Coding guid="k1" creatingUser="u1" creationDateTime="2024-05-01T10:00:00Z"><CodeRef targetGUID="c-funding"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="sel2" startPosition="500" endPosition="510" creatingUser="u1">
                    <Coding guid="k2" creatingUser="u1"><CodeRef targetGUID="c-fares"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <TextSource guid="s2" name="Interview 2" plainTextPath="internal://s2.txt">
                  <PlainTextSelection guid="sel3" name="funding" startPosition="{funding}" endPosition="{funding + 7}" creatingUser="u1">
                    <Coding guid="k3" creatingUser="u1"><CodeRef targetGUID="c-funding"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <PDFSource guid="p1" name="Scan.pdf" path="internal://p1.pdf"/>
              </Sources>
            </Project>
            """;
        var archive = HostileInputTests.Archive(
            temp,
            ("project.qde", Encoding.UTF8.GetBytes(qde)),
            ("Sources/s1.txt", Encoding.UTF8.GetBytes(CrlfText)),
            ("Sources/s2.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(BomText)]),
            ("Sources/p1.pdf", "%PDF-1.4"u8.ToArray()));
        var target = new ProjectLayout(Directory.CreateDirectory(Path.Combine(temp.Path, "p")).FullName);

        var summary = ProjectExchange.Import(target, archive, "in.qdpx", [], () => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["interview-1", "interview-2"], summary.Documents);
        Assert.Equal(["Anna-M"], summary.Coders);
        Assert.Equal("codebooks/desktop_study.yaml", summary.CodebookWritten);
        Assert.Equal(
            [
                "ids that are not GUIDs (kept as plain ids): 13",
                "no XML namespace (read as urn:QDA-XML:project:1.0): 1",
                "positions counted with CRLF line ends as one character: 1",
                "positions that counted the byte order mark: 1",
                "source folder or file name in another case (e.g. 'Sources/' for 'sources/'): 2",
            ],
            summary.Repaired);
        Assert.Equal(["PDFSource 'Scan.pdf': only text sources are imported"], summary.Skipped);
        Assert.Equal(["selection sel2 in 'Interview 1': positions 500–510 are outside the text (77 characters)"], summary.NotMapped);

        var project = Project.Open(target);
        var anna = project.Codings.Load("Anna-M");
        Assert.Equal(["funding"], anna.Get("interview-1.p002", "topic")!.Values);
        Assert.Null(anna.Get("interview-1.p001", "topic"));
        Assert.Equal(["funding"], anna.Get("interview-2.p001", "topic")!.Values);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), anna.Get("interview-1.p002", "topic")!.Time);

        // Span positions are code points of the stored (normalised) text, which joined the lines of paragraph one.
        var stored = project.Corpus.ReadText("interview-1");
        Assert.Equal("Line one about fares. Still paragraph one.\n\nSecond paragraph on funding.\n", stored);
        var spans = File.ReadAllLines(Path.Combine(target.DataDirectory, "spans", "Anna-M.csv"));
        Assert.Equal(["document,start,end,dimension,category,memo", "interview-1,44,72,topic,funding,", "interview-2,21,28,topic,funding,"], spans);
        Assert.Equal("Second paragraph on funding.", stored[44..72]);
        Assert.Equal("funding", project.Corpus.ReadText("interview-2")[21..28]);
    }
}
