using System.Text;
using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>A streamed import's text and unit rows compared byte for byte with the whole-document parse of the same file.</summary>
internal static class StreamedOutputAssert
{
    public static void SameAsParse(ParsedDocument expected, StreamedText output, string textFile, string label)
    {
        output.SaveText(textFile);
        var text = File.ReadAllText(textFile);
        Assert.True(expected.Text == text, $"text of {label}\n--- expected\n{expected.Text}\n--- actual\n{text}");
        using var expectedRows = new MemoryStream();
        CsvTable.WriteRows(expectedRows, expected.Units.Select(CorpusStore.UnitRow));
        using var actualRows = new MemoryStream();
        output.CopyRowsTo(actualRows);
        Assert.True(
            expectedRows.ToArray().AsSpan().SequenceEqual(actualRows.ToArray()),
            $"units of {label}\n--- expected\n{Encoding.UTF8.GetString(expectedRows.ToArray())}\n--- actual\n{Encoding.UTF8.GetString(actualRows.ToArray())}");
        Assert.Equal(expected.Units.Count, output.UnitCount);
    }
}
