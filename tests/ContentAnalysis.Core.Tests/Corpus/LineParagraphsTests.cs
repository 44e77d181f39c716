using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// A plain text with one paragraph per line and no blank lines becomes one unit; the import says so (QCA2022).
/// Expected counts are by hand from the texts built here.
/// </summary>
public sealed class LineParagraphsTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("The ceasefire held along the line. ", 7)); // 245 characters
    private static readonly string Wrapped = "The ceasefire held along the line and the talks went on";     // 55 characters

    private static readonly CorpusImportOptions Options = new() { Clock = () => DateTimeOffset.UnixEpoch };

    [Fact]
    public void Count_LongLinesWithoutBlankLines_EachButTheLastCounted()
    {
        // Four long lines in a row: lines 2, 3 and 4 follow a long line directly; the first such long line is line 1.
        var text = string.Join("\n", Long, Long, Long, Long);

        Assert.Equal((3, 1), LineParagraphs.Count(text));
    }

    [Theory]
    [InlineData("blank lines between")]
    [InlineData("wrapped lines")]
    [InlineData("long last line")]
    public void Count_ParagraphsAsUsual_None(string kind)
    {
        var text = kind switch
        {
            "blank lines between" => string.Join("\n\n", Long, Long, Long, Long),
            "wrapped lines" => string.Join("\n", Enumerable.Repeat(Wrapped, 12)),
            _ => string.Join("\n", Wrapped, Wrapped, Long) + "\n\n" + Long + "\n",
        };

        Assert.Equal(0, LineParagraphs.Count(text).Count);
    }

    [Fact]
    public void Import_TextWithOneParagraphPerLine_WarnsWithLineAndFix()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("pasted.txt", "Title of the piece\n" + string.Join("\n", Long, Long, Long, Long) + "\n");

        var outcome = Assert.Single(CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options));

        Assert.Equal(1, outcome.UnitCount);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(CorpusDiagnostics.LinesAsParagraphs, warning.Code);
        Assert.Equal(2, warning.Line);
        Assert.Contains("3 lines of paragraph length", warning.Message, StringComparison.Ordinal);
        Assert.Contains("sed G", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameTextWithBlankLines_NoWarning()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("pasted.txt", "Title of the piece\n\n" + string.Join("\n\n", Long, Long, Long, Long) + "\n");

        var outcome = Assert.Single(CorpusImporter.Import(new ProjectLayout(temp.Path), [file], Options));

        Assert.Equal(5, outcome.UnitCount);
        Assert.Empty(outcome.Warnings);
    }
}
