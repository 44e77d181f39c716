using System.Text;
using ContentAnalysis.Core.Agreement;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Agreement;

/// <summary>What <see cref="ReliabilityMatrixReader.Load"/> decides about a file: the unit column, numbers written differently, mixed columns.</summary>
public sealed class ReliabilityMatrixLayoutTests
{
    // Two coders, 12 units. pandas writes a column that has a missing value as floats, so coder B's
    // column reads 1.0, 2.0, 3.0 while A's reads 1, 2, 3; u11 is missing for both.
    private const string Pandas = "id,A,B\nu1,1,1.0\nu2,1,1.0\nu3,1,2.0\nu4,2,2.0\nu5,2,2.0\nu6,2,3.0\nu7,3,3.0\nu8,3,3.0\nu9,3,3.0\nu10,1,1.0\nu11,,\nu12,3,1.0\n";

    private static ReliabilityMatrixFile Load(string csv, ReliabilityMatrixReadOptions? options = null) =>
        ReliabilityMatrixReader.Load(Encoding.UTF8.GetBytes(csv), options ?? new ReliabilityMatrixReadOptions(), "m.csv");

    [Fact]
    public void Load_NumbersWrittenDifferently_CoefficientsAsIfWrittenAlike()
    {
        var data = Load(Pandas).Data;

        // Hand computation (the layout of R's irr: kappa2 and agree drop u11, which nobody rated).
        // 11 pairable units, 8 agree (u1 u2 u4 u5 u7 u8 u9 u10): percent = 8/11 = .7273.
        // Marginals of A and of B over the 11 units: 1: 4, 2: 3, 3: 4 (each). Cohen: p_e = (16 + 9 + 16)/121 = 41/121,
        // kappa = (8/11 - 41/121)/(1 - 41/121) = 47/80 = .5875.
        // Alpha (Krippendorff 2011): n = 22 values, n_1 = 8, n_2 = 6, n_3 = 8; D_e = (22² - 164)/21 = 320/21;
        // D_o = 6 (three disagreeing units, 2 each); alpha = 1 - 6·21/320 = 194/320 = .60625.
        // Compared as text (1 ≠ 1.0) the same file gave percent 0, kappa 0 and alpha 1 - 22·21/402 = -.149.
        Assert.Equal(["1", "2", "3"], data.Values);
        Assert.Equal([1.0, 2.0, 3.0], data.NumericValues!);
        Assert.Equal(8.0 / 11, KappaFamily.PercentAgreement(data).Value!.Value, 12);
        Assert.Equal(47.0 / 80, KappaFamily.CohenKappa(data).Value!.Value, 12);
        Assert.Equal(194.0 / 320, KrippendorffAlpha.Compute(data, LevelOfMeasurement.Nominal).Value!.Value, 12);
    }

    [Fact]
    public void Load_NumbersWrittenDifferently_SameCellsAsWrittenAlike()
    {
        var written = Load("A,B\n3,3.0\n01,1e0\n1.50,1.5\n-0,0\n").Data;
        var alike = Load("A,B\n3,3\n1,1\n1.5,1.5\n0,0\n").Data;

        Assert.Equal(["0", "1", "1.5", "3"], written.Values);
        Assert.Equal(alike.Values, written.Values);
        Assert.Equal(alike.Cells.ToArray(), written.Cells.ToArray());
    }

    [Theory]
    [InlineData("unit")]
    [InlineData("Units")]
    [InlineData("unit_id")]
    [InlineData("ID")]
    [InlineData("item")]
    [InlineData("Case")]
    [InlineData("subject")]
    [InlineData("")]
    public void Load_UnitColumnName_TakenAsUnitIds(string header)
    {
        var file = Load($"{header},A,B\nx1,1,2\nx2,2,2\n");

        Assert.Equal(header, file.UnitColumn);
        Assert.Equal(["x1", "x2"], file.Data.UnitIds);
        Assert.Equal(["A", "B"], file.Data.Coders);
    }

    [Fact]
    public void Load_FirstColumnACoder_NoUnitColumn()
    {
        var file = Load("identity,A\n1,2\n2,2\n");

        Assert.Null(file.UnitColumn);
        Assert.Equal(["identity", "A"], file.Data.Coders);
        Assert.Equal(["1", "2"], file.Data.UnitIds);
    }

    [Fact]
    public void Load_ColumnMixingNumbersAndLabels_WarningNamesIt()
    {
        var file = Load("unit,A,B,C\nu1,1,x,1\nu2,2,y,2.0\nu3,low,x,NA\n");

        var warning = Assert.Single(file.Warnings);
        Assert.Equal(AgreementDiagnostics.MixedColumn, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal("m.csv: warning QCA4040: column 'A' mixes numbers (e.g. '1') and labels (e.g. 'low'); with labels present every value is compared as text (3 and 3.0 differ) (check the column for a typo or a stray label; a missing value is an empty cell, NA or .)", warning.ToString());
        // Beside labels, numbers are labels too (docs/decisions.md, issue 14): 2.0 in C is not 2 in A.
        Assert.NotEqual(file.Data[1, 0], file.Data[1, 2]);
        Assert.Null(file.Data.NumericValues);
    }

    [Fact]
    public void Load_OnlyNumbersOrOnlyLabels_NoWarning()
    {
        Assert.Empty(Load("A,B\n1,2\n2,2.0\n").Warnings);
        Assert.Empty(Load("A,B\nx,y\ny,y\n").Warnings);
    }

    [Theory]
    [InlineData("\uFEFFunit,A,B\r\nu1,1,2\r\nu2, 2 ,2\r\n")] // byte order mark, CRLF, spaces around a cell
    [InlineData("A,B\n1,2\n\n2,\"2\"\n3,NA")] // blank line, quoted cell, no final line end
    [InlineData("A,B\nx,é\nÿ,x\n")] // characters of two bytes
    public void LoadFile_SameAsFromBytes(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), "qcat-matrix-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        try
        {
            var fromFile = ReliabilityMatrixReader.LoadFile(path, new ReliabilityMatrixReadOptions(), "m.csv");
            var fromBytes = Load(csv);

            Assert.Equal(fromBytes.Data.UnitIds, fromFile.Data.UnitIds);
            Assert.Equal(fromBytes.Data.Coders, fromFile.Data.Coders);
            Assert.Equal(fromBytes.Data.Values, fromFile.Data.Values);
            Assert.Equal(fromBytes.Data.Cells.ToArray(), fromFile.Data.Cells.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[] { (byte)'A', (byte)',', (byte)'B', (byte)'\n', (byte)'1', (byte)',', 0xFF, (byte)'\n' }, AgreementDiagnostics.NotUtf8, 2)]
    [InlineData(new byte[] { (byte)'A', (byte)',', (byte)'B', (byte)'\n', (byte)'1', (byte)',', (byte)'"', (byte)'2', (byte)'\n' }, AgreementDiagnostics.MalformedCsv, 2)]
    public void LoadFile_BadBytes_SameLocatedError(byte[] bytes, string code, int line)
    {
        var path = Path.Combine(Path.GetTempPath(), "qcat-matrix-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var error = Assert.Throws<InputException>(() => ReliabilityMatrixReader.LoadFile(path, new ReliabilityMatrixReadOptions(), "m.csv")).Diagnostics[0];

            Assert.Equal(code, error.Code);
            Assert.Equal(line, error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
