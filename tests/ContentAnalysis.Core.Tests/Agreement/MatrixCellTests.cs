using System.Text;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.IO;
using CsvHelper;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>
/// <see cref="MatrixBuilder.Cell"/> takes a field's raw bytes when it holds no quote; it must give what CsvHelper's own
/// decoding with whitespace trimming gives (the reference here), for every field of every record.
/// </summary>
public sealed class MatrixCellTests
{
    [Theory]
    [InlineData("a,b,c\n")]
    [InlineData(" a ,\tb\t, c\t \n")]
    [InlineData("a,b,c\r\nd,e,f\r\n")]
    [InlineData("a,,\r\n,,\r\n")]
    [InlineData("\"a b\", \" c \" ,d\n")]
    [InlineData("a\"b,\"x,y\",\"q\"\"r\"\n")]
    [InlineData("  ,\t,\"\"\n")]
    [InlineData("é ,  ü,日本\r\nlast")]
    public void Cell_EqualsDecodedTrimmedField(string csv) => AssertSameAsDecoding(csv);

    [Fact]
    public void Cell_RandomRecords_EqualDecodedTrimmedFields()
    {
        var random = new Random(20261203);
        string[] pieces = ["1", "10", "x", " ", "\t", "\"", "\"\"", ",", "NA", ".", "3.0", "é"];
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            for (var line = 0; line < 5; line++)
            {
                for (var field = 0; field < 4; field++)
                {
                    if (field > 0)
                    {
                        text.Append(',');
                    }

                    var quoted = random.Next(5) == 0;
                    var pad = random.Next(3) == 0 ? " " : string.Empty;
                    text.Append(pad);
                    if (quoted)
                    {
                        text.Append('"').Append(pieces[random.Next(pieces.Length)].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                    }
                    else
                    {
                        for (var k = random.Next(3); k > 0; k--)
                        {
                            var piece = pieces[random.Next(pieces.Length)];
                            text.Append(piece is "," ? "x" : piece);
                        }
                    }

                    text.Append(pad);
                }

                text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
            }

            AssertSameAsDecoding(text.ToString());
        }
    }

    private static void AssertSameAsDecoding(string csv)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        List<string> expected = [];
        List<string> actual = [];
        try
        {
            using (var reference = CsvReader.Create(bytes, CsvTable.RecordOptions(trimWhitespace: true)))
            {
                while (reference.Read())
                {
                    for (var i = 0; i < reference.FieldCount; i++)
                    {
                        expected.Add(Encoding.UTF8.GetString(reference.GetSpan(i)));
                    }
                }
            }
        }
        catch (CsvFormatException)
        {
            // A malformed text is reported by the reader before any field is taken; nothing to compare.
            return;
        }

        using var reader = CsvReader.Create(bytes, CsvTable.RecordOptions(trimWhitespace: true));
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                actual.Add(Encoding.UTF8.GetString(MatrixBuilder.Cell(reader, i)));
            }
        }

        Assert.Equal(expected, actual);
    }
}
