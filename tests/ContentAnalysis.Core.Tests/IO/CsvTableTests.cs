using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.IO;

public sealed class CsvTableTests
{
    private static readonly string[] Fields = ["", "a", "doc.s0001", "12", " lead", "trail ", "com,ma", "quo\"te", "line\nbreak", "cr\rlf", "#hash", "=1+2", "-3", "Карабах", "😀", "\t"];

    [Fact]
    public void WriteRows_RowsInPieces_JoinedEqualsOneWrite()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 2_000).Select(_ => Enumerable.Range(0, 8).Select(_ => Fields[random.Next(Fields.Length)] + Fields[random.Next(Fields.Length)]).ToArray()).ToList();
        string[] header = ["unit", "document", "ordinal", "section", "start", "length", "hash", "period"];
        using var whole = new MemoryStream();
        CsvTable.Write(whole, header, rows);

        using var pieces = new MemoryStream();
        CsvTable.Write(pieces, header, []);
        foreach (var chunk in rows.Chunk(37))
        {
            using var piece = new MemoryStream();
            CsvTable.WriteRows(piece, chunk);
            piece.WriteTo(pieces);
        }

        Assert.Equal(whole.ToArray(), pieces.ToArray());
    }
}
