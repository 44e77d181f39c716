using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus.Repair;

/// <summary>
/// <c>--repair</c> on a text extraction with the damage issue 11 lists: a paragraph cut at a page break (<c>par-</c> /
/// blank / <c>ties</c>) with a footnote between, a note cut after <c>1 Th.</c>, a note fused into a sentence
/// (<c>… [accessed: 15 v 2021]. imports came from Russia.</c>), ligature gaps (<c>confl ict</c>, <c>ceasefi re</c>,
/// <c>off icials</c>, <c>signifi cant</c>) and one gap whose joined word is attested nowhere (<c>pro fi ciency</c>).
/// </summary>
public sealed class TextRepairTests
{
    public const string Extraction =
        "The second Karabakh war broke out between the par-\n\n"
        + "1 Th.\n\n"
        + "De Waal, Black Garden: Armenia and Azerbaijan through Peace and War, New York 2003, p. 12.\n\n"
        + "ties in September 2020. The confl ict ended with a ceasefi re on 10 November.\n\n"
        + "Between 2011 and 2020 about 60 per cent of Azerbaijan's arms 12 S. Wezeman, Arms transfers to Azerbaijan, SIPRI, "
        + "https://www.sipri.org/x [accessed: 15 v 2021]. imports came from Russia. Russian off icials called the ceasefire signifi cant.\n\n"
        + "Moscow kept its peacekeepers in Karabakh\n\n"
        + "for five years; their pro fi ciency was doubted.\n";

    private static readonly CorpusImportOptions Options = new() { Clock = () => new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

    [Fact]
    public void Repair_IssueExamples_BodyRejoinedNotesApartEveryRepairLogged()
    {
        var (document, log) = TextRepair.Repair(Extraction);
        Assert.Equal(
            [
                "The second Karabakh war broke out between the parties in September 2020. The conflict ended with a ceasefire on 10 November.",
                "Between 2011 and 2020 about 60 per cent of Azerbaijan's arms imports came from Russia. Russian officials called the ceasefire significant.",
                "Moscow kept its peacekeepers in Karabakh for five years; their pro fi ciency was doubted.",
            ],
            document.Blocks.Select(b => b.Text));
        Assert.Equal(
            [
                "1 Th. De Waal, Black Garden: Armenia and Azerbaijan through Peace and War, New York 2003, p. 12.",
                "12 S. Wezeman, Arms transfers to Azerbaijan, SIPRI, https://www.sipri.org/x [accessed: 15 v 2021].",
            ],
            document.Notes);
        Assert.Equal(
            [
                new RepairRecord("footnote", "1 Th. De Waal, Black Garden: Armenia and Azerbaijan through Peace and War, New York 2003, p. 12.", "Notes"),
                new RepairRecord("footnote", "12 S. Wezeman, Arms transfers to Azerbaijan, SIPRI, https://www.sipri.org/x [accessed: 15 v 2021].", "Notes"),
                new RepairRecord("paragraph", "par- ¶ ties", "parties"),
                new RepairRecord("paragraph", "Karabakh ¶ for", "Karabakh for"),
                new RepairRecord("ligature", "confl ict", "conflict"),
                new RepairRecord("ligature", "ceasefi re", "ceasefire"),
                new RepairRecord("ligature", "off icials", "officials"),
                new RepairRecord("ligature", "signifi cant", "significant"),
            ],
            log.Records);
        Assert.Equal("4 ligature gaps joined, 2 paragraphs rejoined, 2 footnotes moved", log.Summary());
    }

    [Fact]
    public void Repair_GapJoinedOnlyWhenAttested_InDocumentOrWordList()
    {
        // "kalafi" + "ore" is attested by the document itself; "pro fi ciency" nowhere, so it stays as it is.
        var (document, log) = TextRepair.Repair("The kalafi ore stood near the kalafiore.\n\nTheir pro fi ciency.\n");
        Assert.Equal(["The kalafiore stood near the kalafiore.", "Their pro fi ciency."], document.Blocks.Select(b => b.Text));
        Assert.Equal("1 ligature gap joined, 0 paragraphs rejoined, 0 footnotes moved", log.Summary());
    }

    [Fact]
    public void Repair_SentenceEndOrUpperCase_ParagraphsStayApart()
    {
        var (document, log) = TextRepair.Repair("The war ended.\n\nthen talks began\n\nMoscow mediated.\n\n12 Russian peacekeepers arrived in 2020.\n");
        Assert.Equal(["The war ended.", "then talks began", "Moscow mediated.", "12 Russian peacekeepers arrived in 2020."], document.Blocks.Select(b => b.Text));
        Assert.Empty(log.Records);
    }

    [Fact]
    public void Import_Repair_UnitsBeforeAndAfterAndStoredLog()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("extract.txt", Extraction);
        var layout = new ProjectLayout(temp.Path);
        Assert.Equal(7, Assert.Single(CorpusImporter.Import(layout, [file], Options)).UnitCount);
        Assert.False(File.Exists(RepairLog.PathOf(layout, "extract")));

        var outcome = Assert.Single(CorpusImporter.Import(layout, [file], Options with { Repair = true }));
        Assert.Equal(("updated", 5), (outcome.Status, outcome.UnitCount));
        Assert.Equal("4 ligature gaps joined, 2 paragraphs rejoined, 2 footnotes moved", outcome.Repairs!.Summary());
        var store = CorpusStore.Open(layout);
        Assert.Equal([string.Empty, string.Empty, string.Empty, "Notes", "Notes"], store.UnitsOf("extract").Select(u => u.Section));
        Assert.Equal(outcome.Repairs.Records, RepairLog.Load(layout, "extract")!.Records);
        Assert.StartsWith("kind,before,after\nfootnote,", File.ReadAllText(RepairLog.PathOf(layout, "extract")), StringComparison.Ordinal);

        // Imported again without --repair, the document has its old units and no repair log.
        Assert.Equal(7, Assert.Single(CorpusImporter.Import(layout, [file], Options)).UnitCount);
        Assert.Null(RepairLog.Load(layout, "extract"));
    }

    [Theory]
    [InlineData("Russia acted as a mediator practising coercive diplomacy. Introduction", "Russia acted as a mediator practising coercive diplomacy.", "Introduction")]
    [InlineData("The second war broke out in 2020. 1. Introduction", "The second war broke out in 2020.", "1. Introduction")]
    [InlineData("Moscow kept its troops in place. 2. The Minsk Group and Russia", "Moscow kept its troops in place.", "2. The Minsk Group and Russia")]
    [InlineData("The ceasefire held for three years.” 4.1 Conclusions", "The ceasefire held for three years.”", "4.1 Conclusions")]
    public void Repair_HeadingFusedToParagraphEnd_SplitOffAsHeading(string block, string body, string heading)
    {
        var (document, log) = TextRepair.Repair(block + "\n\nThe text under the heading.\n");
        Assert.Equal(
            [(DocumentBlockKind.Paragraph, body), (DocumentBlockKind.Heading, heading), (DocumentBlockKind.Paragraph, "The text under the heading.")],
            document.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal(RepairLog.Heading, Assert.Single(log.Records).Kind);
        Assert.Equal(heading, log.Records[0].After);
        Assert.EndsWith(" " + heading, log.Records[0].Before, StringComparison.Ordinal);
        Assert.Equal("0 ligature gaps joined, 0 paragraphs rejoined, 0 footnotes moved, 1 heading split", log.Summary());
    }

    [Theory]
    [InlineData("The report was drafted before the Introduction")] // no sentence end before it
    [InlineData("The talks ended without result. Then Russia")] // not a heading word, not numbered
    [InlineData("The talks ended in 2020. 12 Russian peacekeepers")] // a number without its dot: a sentence, not a head
    [InlineData("The talks ended. Introduction.")] // not at the very end
    [InlineData("See above. Introduction")] // too little paragraph before it
    [InlineData("It ended. 3. The war was over and nobody in the region believed it")] // more than six words
    public void Repair_NoHeadingAtTheEnd_ParagraphKept(string block)
    {
        var (document, log) = TextRepair.Repair(block + "\n");
        Assert.Equal([block], document.Blocks.Select(b => b.Text));
        Assert.Empty(log.Records);
    }

    [Fact]
    public void Import_RepairSentences_HeadingIsTheSectionAndCutNoteIsOneUnit()
    {
        // The note cut after "1 Th." is one unit, not "1 Th." and "De Waal …"; the fused heading is the next units' section.
        using var temp = new TempDirectory();
        var file = temp.Write("fused.txt", "Russia acted as a mediator practising coercive diplomacy. Introduction\n\nThe war began. It ended.\n\n1 Th.\n\nDe Waal, Black Garden, New York 2003, p. 12.\n");
        var layout = new ProjectLayout(temp.Path);
        var outcome = Assert.Single(CorpusImporter.Import(layout, [file], Options with { Repair = true, UnitKind = ContentAnalysis.Core.Codebooks.UnitKind.Sentence }));
        Assert.Equal("0 ligature gaps joined, 0 paragraphs rejoined, 1 footnote moved, 1 heading split", outcome.Repairs!.Summary());
        var store = CorpusStore.Open(layout);
        var text = store.ReadText("fused");
        Assert.Equal(
            [
                ("", "Russia acted as a mediator practising coercive diplomacy."),
                ("Introduction", "The war began."),
                ("Introduction", "It ended."),
                ("Notes", "1 Th. De Waal, Black Garden, New York 2003, p. 12."),
            ],
            store.UnitsOf("fused").Select(u => (u.Section, u.TextIn(text))));
        Assert.Equal([RepairLog.Footnote, RepairLog.Heading], RepairLog.Load(layout, "fused")!.Records.Select(r => r.Kind));
    }
}
