using ContentAnalysis.Core.IO;

namespace ContentAnalysis.Core.Tests.IO;

public sealed class SpreadsheetSafeTests
{
    // Triggers from OWASP "CSV Injection": =, +, -, @, tab, carriage return; plain numbers are left alone.
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-", "'-")]
    [InlineData("- a list item", "'- a list item")]
    [InlineData("-Infinity", "'-Infinity")]
    [InlineData("'=x", "''=x")]
    [InlineData("''=x", "'''=x")]
    [InlineData("-0.143", "-0.143")]
    [InlineData("-1", "-1")]
    [InlineData("+2", "+2")]
    [InlineData("1e-3", "1e-3")]
    [InlineData("-.5", "-.5")]
    [InlineData("-1E+05", "-1E+05")]
    [InlineData("", "")]
    [InlineData("'", "'")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("mediator", "mediator")]
    [InlineData("a=b", "a=b")]
    public void Cell_Value_NeutralisedOnlyWhereASpreadsheetWouldRunIt(string value, string expected)
    {
        Assert.Equal(expected, SpreadsheetSafe.Cell(value));
        Assert.Equal(value, SpreadsheetSafe.Restore(expected));
    }

    [Fact]
    public void Restore_AnyText_UndoesCell()
    {
        string[] pieces = ["'", "=", "+", "-", "@", "\t", "\r", "1", ".", "e", "a", " "];
        var random = new Random(11);
        for (var i = 0; i < 5_000; i++)
        {
            var value = string.Concat(Enumerable.Range(0, random.Next(6)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(value, SpreadsheetSafe.Restore(SpreadsheetSafe.Cell(value)));
        }
    }

    [Fact]
    public void CsvExport_Format_NeutralisesHeaderAndCells()
    {
        Assert.Equal("unit,'=h\nd1.p001,'=SUM(A1)\nd1.p002,-1\n", CsvExport.Format(["unit", "=h"], [["d1.p001", "=SUM(A1)"], ["d1.p002", "-1"]]));
    }
}
