using System.Text;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>
/// A matrix read in parts on several threads must be the matrix read in one pass: the same units, coders, values,
/// cells, warnings, and for a file with problems the same messages (the parts give up and one pass reads it).
/// The one-pass reader is the reference; its own values are tested against hand computations elsewhere.
/// </summary>
public sealed class MatrixPartsTests
{
    [Theory]
    [InlineData("unit,A,B\nu1,1,2\nu2,2,2\nu3,3,1\nu4,1,1\n", 2)]
    [InlineData("A,B,C\n1,2,3\n\n2,2,NA\n3,.,1\r\n4,4,4", 3)]
    [InlineData("id,A,B\nx1,a,b\nx2,b,b\nx1,a,a\nx3,b,a\n", 2)]
    [InlineData("unit,A,B\nu2,1,2\nu1,2,2\nu3, 3 ,\t1\nu4,1,1,9\n", 4)]
    [InlineData("unit,A,B\nu1,3,3.0\nu2,03,x\nu3,1e0,1\n", 2)]
    public void ReadInParts_EqualsOnePass(string csv, int parts) =>
        AssertSame(Encoding.UTF8.GetBytes(csv), new ReliabilityMatrixReadOptions(), parts);

    [Theory]
    [InlineData("unit,A,B\nu1,1,2\nu2,2,2\nu3,3,1\nu4,1,1\n", true)]
    [InlineData("A,B\n1,2\n2,2\n\n3,1\r\n1,1", true)]
    [InlineData("unit,A,B\nu1,1,2\nu2,2,2\nu1,3,1\nu4,1,1\n", false)]
    [InlineData("unit,A,B\nu1,1,2\nu2,2,2\nu3,3,1,4\nu4,1,1\n", false)]
    public void ReadInParts_CleanFileReadInParts_ProblemLeftToOnePass(string csv, bool clean)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var options = CsvTable.RecordOptions(trimWhitespace: true, poolStrings: true);

        var read = MatrixBuilder.ReadInParts(bytes, 2, options, new ReliabilityMatrixReadOptions(), "m.csv", CancellationToken.None);

        Assert.Equal(clean, read is not null);
    }

    [Fact]
    public void ReadInParts_RandomMatrices_EqualOnePass()
    {
        var random = new Random(3122026);
        string[] values = ["1", "2", "3", "10", "3.0", "03", "x", "yes", "NA", ".", "", " 2 ", "\t4", "n/a", "é", "12345678"];
        for (var round = 0; round < 400; round++)
        {
            var coders = random.Next(2, 6);
            var rows = random.Next(1, 40);
            var unitColumn = random.Next(3) switch { 0 => null, 1 => "unit", _ => "id" };
            var text = new StringBuilder();
            text.AppendJoin(',', (unitColumn is null ? [] : new[] { unitColumn }).Concat(Enumerable.Range(1, coders).Select(c => $"c{c}"))).Append('\n');
            var order = random.Next(4);
            for (var r = 0; r < rows; r++)
            {
                if (random.Next(30) == 0)
                {
                    text.Append('\n');
                }

                var unit = order switch { 0 => r, 1 => rows - r, 2 => random.Next(rows), _ => r * 7 % (rows + 1) };
                var cells = Enumerable.Range(0, coders + (random.Next(60) == 0 ? 1 : 0)).Select(_ => values[random.Next(random.Next(2) == 0 ? 4 : values.Length)]);
                text.AppendJoin(',', (unitColumn is null ? [] : new[] { $"u{unit}" }).Concat(cells));
                text.Append(random.Next(5) == 0 ? "\r\n" : "\n");
            }

            var options = random.Next(4) switch
            {
                0 => new ReliabilityMatrixReadOptions(RequireNumeric: true),
                1 => new ReliabilityMatrixReadOptions(ValueOrder: ["1", "2", "3", "10", "x", "yes"]),
                _ => new ReliabilityMatrixReadOptions(),
            };
            AssertSame(Encoding.UTF8.GetBytes(text.ToString()), options, random.Next(2, 5));
        }
    }

    [Fact]
    public void ReadInParts_ContinuousScale_EqualsOnePass()
    {
        // Past NumericCells.SwitchAfterLabels distinct numbers one pass reads numbers; the parts leave that to it.
        var random = new Random(7);
        var text = new StringBuilder("unit,A,B\n");
        for (var r = 0; r < 40_000; r++)
        {
            text.Append('u').Append(r).Append(',').Append(random.Next(1_000_000) / 100.0).Append(',').Append(random.Next(1_000_000) / 100.0).Append('\n');
        }

        AssertSame(Encoding.UTF8.GetBytes(text.ToString()), new ReliabilityMatrixReadOptions(), 2);
    }

    [Fact]
    public void LoadFile_LargeFile_ReadInPartsEqualsOnePass()
    {
        // Above MatrixBuilder.PartsFromBytes the file's bytes are read on several threads and the matrix in parts.
        var random = new Random(5);
        var text = new StringBuilder("unit,A,B,C\n");
        for (var r = 0; text.Length < 3 * MatrixBuilder.PartsFromBytes; r++)
        {
            text.Append('u').Append(r).Append(',').Append(random.Next(10)).Append(',').Append(random.Next(10)).Append(",NA\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var path = Path.Combine(Path.GetTempPath(), $"qcat-parts-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var expected = ReliabilityMatrixReader.LoadWithParts(bytes, new ReliabilityMatrixReadOptions(), "m.csv", 1);

            var actual = ReliabilityMatrixReader.LoadFile(path, new ReliabilityMatrixReadOptions(), "m.csv");

            Assert.NotNull(MatrixBuilder.ReadFileInParts(path, 2, CsvTable.RecordOptions(trimWhitespace: true), new ReliabilityMatrixReadOptions(), "m.csv", CancellationToken.None));
            Assert.Equal(expected.Data.UnitIds, actual.Data.UnitIds);
            Assert.Equal(expected.Data.Values, actual.Data.Values);
            Assert.Equal(expected.Data.Cells.ToArray(), actual.Data.Cells.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { (byte)'"', (byte)'x', (byte)'"' })]
    [InlineData(new byte[] { 0 })]
    public void LoadFile_LargeFileWithOddBytesLate_SameAsOnePass(byte[] odd)
    {
        // Invalid UTF-8, a quoted cell or a NUL byte in the last part: the parts give up, and the one-pass read decides.
        var text = new StringBuilder("unit,A,B\n");
        for (var r = 0; text.Length < 3 * MatrixBuilder.PartsFromBytes; r++)
        {
            text.Append('u').Append(r).Append(",1,2\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat("u-last,"u8.ToArray()).Concat(odd).Concat(",1\n"u8.ToArray()).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"qcat-parts-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var (expected, expectedError) = Load(bytes, new ReliabilityMatrixReadOptions(), 1);
            string? actualError = null;
            ReliabilityMatrixFile? actual = null;
            try
            {
                actual = ReliabilityMatrixReader.LoadFile(path, new ReliabilityMatrixReadOptions(), "m.csv");
            }
            catch (InputException e)
            {
                actualError = string.Join("\n", e.Diagnostics.Select(d => d.ToString()));
            }

            Assert.Null(MatrixBuilder.ReadFileInParts(path, 2, CsvTable.RecordOptions(trimWhitespace: true), new ReliabilityMatrixReadOptions(), "m.csv", CancellationToken.None));
            Assert.Equal(expectedError, actualError);
            Assert.Equal(expected?.Data.Values, actual?.Data.Values);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSame(byte[] csv, ReliabilityMatrixReadOptions options, int parts)
    {
        var (expected, expectedError) = Load(csv, options, 1);
        var (actual, actualError) = Load(csv, options, parts);
        Assert.Equal(expectedError, actualError);
        if (expected is null || actual is null)
        {
            Assert.Equal(expected is null, actual is null);
            return;
        }

        Assert.Equal(expected.UnitColumn, actual.UnitColumn);
        Assert.Equal(expected.Warnings.Select(w => w.ToString()), actual.Warnings.Select(w => w.ToString()));
        Assert.Equal(expected.Data.UnitIds, actual.Data.UnitIds);
        Assert.Equal(expected.Data.Coders, actual.Data.Coders);
        Assert.Equal(expected.Data.Values, actual.Data.Values);
        Assert.Equal(expected.Data.NumericValues, actual.Data.NumericValues);
        Assert.Equal(expected.Data.Cells.ToArray(), actual.Data.Cells.ToArray());
    }

    private static (ReliabilityMatrixFile? File, string? Error) Load(byte[] csv, ReliabilityMatrixReadOptions options, int parts)
    {
        try
        {
            return (ReliabilityMatrixReader.LoadWithParts(csv, options, "m.csv", parts), null);
        }
        catch (InputException e)
        {
            return (null, string.Join("\n", e.Diagnostics.Select(d => d.ToString())));
        }
    }
}
