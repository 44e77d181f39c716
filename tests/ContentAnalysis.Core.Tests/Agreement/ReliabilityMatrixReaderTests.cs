using System.Text;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class ReliabilityMatrixReaderTests
{
    private static ReliabilityData Read(string csv, ReliabilityMatrixReadOptions? options = null) =>
        ReliabilityMatrixReader.Read(Encoding.UTF8.GetBytes(csv), options ?? new ReliabilityMatrixReadOptions(), "m.csv");

    private static Diagnostic ReadError(string csv, ReliabilityMatrixReadOptions? options = null) =>
        Assert.Throws<InputException>(() => Read(csv, options)).Diagnostics[0];

    [Fact]
    public void Read_UnitColumnAndMissingMarkers_BuildsMatrix()
    {
        var data = Read("unit,A,B,C\nu1,1,2,NA\nu2,.,2,\nu3,3,3,3\n");

        Assert.Equal(["u1", "u2", "u3"], data.UnitIds);
        Assert.Equal(["A", "B", "C"], data.Coders);
        Assert.Equal(["1", "2", "3"], data.Values);
        Assert.Equal([0, 1, ReliabilityData.Missing, ReliabilityData.Missing, 1, ReliabilityData.Missing, 2, 2, 2], data.Cells.ToArray());
    }

    [Fact]
    public void Read_NoUnitColumn_NumbersUnitsFromOne()
    {
        var data = Read("A,B\nx,y\ny,y\n");

        Assert.Equal(["1", "2"], data.UnitIds);
        Assert.Equal(["x", "y"], data.Values);
        Assert.Null(data.NumericValues);
    }

    [Fact]
    public void Read_NumericLabels_SortedNumerically()
    {
        var data = Read("A,B\n10,-2\n2.5,10\n");

        Assert.Equal(["-2", "2.5", "10"], data.Values);
        Assert.Equal([-2.0, 2.5, 10.0], data.NumericValues!);
    }

    [Fact]
    public void Read_Transposed_CodersInRows()
    {
        var data = Read("coder,u1,u2\nA,1,2\nB,1,\n", new ReliabilityMatrixReadOptions(Transpose: true));

        Assert.Equal(["u1", "u2"], data.UnitIds);
        Assert.Equal(["A", "B"], data.Coders);
        Assert.Equal(0, data[0, 1]);
        Assert.Equal(ReliabilityData.Missing, data[1, 1]);
    }

    [Fact]
    public void Read_RaggedRow_ErrorNamesLine()
    {
        var error = ReadError("A,B\n1,2\n1,2,3\n");

        Assert.Equal(AgreementDiagnostics.RaggedRow, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal("m.csv(3): error QCA4006: row has 3 cells but the header has 2 (every row needs one cell per column; leave a cell empty (or NA) for a missing value)", error.ToString());
    }

    [Fact]
    public void Read_HeaderMissing_ErrorSaysAddHeader()
    {
        var error = ReadError("1,2\n2,2\n");

        Assert.Equal(AgreementDiagnostics.BadHeader, error.Code);
        Assert.Equal(1, error.Line);
        Assert.Contains("looks like data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneCoder_TooFewCoders()
    {
        Assert.Equal(AgreementDiagnostics.TooFewCoders, ReadError("unit,A\nu1,1\n").Code);
    }

    [Fact]
    public void Read_TextAtIntervalLevel_ErrorNamesFirstLine()
    {
        var error = ReadError("A,B\n1,2\n2,high\n", new ReliabilityMatrixReadOptions(RequireNumeric: true));

        Assert.Equal(AgreementDiagnostics.NotNumeric, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Contains("'high'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ErrorNamesLineColumnAndByteOffset()
    {
        byte[] bytes = [.. "A,B\nx,"u8.ToArray(), 0xFF, (byte)'\n'];
        var error = Assert.Throws<InputException>(() => ReliabilityMatrixReader.Read(bytes, new ReliabilityMatrixReadOptions(), "m.csv")).Diagnostics[0];

        Assert.Equal(AgreementDiagnostics.NotUtf8, error.Code);
        Assert.Contains("byte offset 6", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Read_DuplicateCoderOrUnit_Errors()
    {
        Assert.Equal(AgreementDiagnostics.BadHeader, ReadError("A,A\n1,2\n").Code);
        var duplicate = ReadError("unit,A,B\nu1,1,2\nu1,2,2\n");
        Assert.Equal(AgreementDiagnostics.DuplicateUnit, duplicate.Code);
        Assert.Equal(3, duplicate.Line);
    }

    [Fact]
    public void Read_ValueOrder_RanksTextLabels()
    {
        var data = Read("A,B\nhigh,low\nmid,mid\n", new ReliabilityMatrixReadOptions(ValueOrder: ["low", "mid", "high"]));

        Assert.Equal(["low", "mid", "high"], data.Values);
        Assert.Equal(AgreementDiagnostics.NotInOrder, ReadError("A,B\nhigh,top\n", new ReliabilityMatrixReadOptions(ValueOrder: ["low", "high"])).Code);
    }

    [Fact]
    public void ReadFile_MissingFile_ErrorNamesFile()
    {
        var error = Assert.Throws<InputException>(() => ReliabilityMatrixReader.ReadFile("/no/such/file.csv", new ReliabilityMatrixReadOptions())).Diagnostics[0];

        Assert.Equal(AgreementDiagnostics.FileNotFound, error.Code);
        Assert.Contains("/no/such/file.csv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unit,A,B\nu1,1,2\nu2,1,1\nu2,2,2\n", 4, 3)] // ascending ids, duplicate next to its twin
    [InlineData("unit,A,B\nu2,1,2\nu1,1,1\nu3,2,2\nu2,2,2\n", 5, 2)] // out of order, duplicate far away
    [InlineData("unit,A,B\nu9,1,2\nu10,1,1\nu9,2,2\n", 4, 2)] // u9 before u10 counts as ascending
    public void Read_DuplicateUnitIds_FoundWhateverTheOrder(string csv, int line, int firstLine)
    {
        var error = ReadError(csv);

        Assert.Equal(AgreementDiagnostics.DuplicateUnit, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains($"(first at line {firstLine})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyAscendingIds_NoFalseDuplicates()
    {
        var csv = "unit,A,B\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => $"u{i},1,{i % 3}\n"));

        var data = Read(csv);

        Assert.Equal(2000, data.UnitCount);
        Assert.Equal("u1000", data.UnitIds[999]);
    }
}
