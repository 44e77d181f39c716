namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary><c>agree --matrix</c> says which column holds the unit ids and warns about a column mixing numbers and labels.</summary>
public sealed class AgreeMatrixLayoutTests
{
    [Fact]
    public void Matrix_IdColumn_OneLineNamesIt()
    {
        using var temp = new TempDirectory();
        temp.Write("m.csv", "ID,A,B\nx1,1,1.0\nx2,2,2.0\nx3,2,\n");

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "m.csv", "--format", "json", "--coefficients", "percent_agreement");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("qcat: m.csv: unit ids from the first column 'ID'; 2 coder columns\n", result.Error);
        // 1 = 1.0 and 2 = 2.0: both pairable units agree.
        Assert.Contains("\"value\": 1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_NoUnitColumn_NothingOnStderr()
    {
        using var temp = new TempDirectory();
        temp.Write("m.csv", "A,B\n1,1\n2,2\n");

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "m.csv", "--coefficients", "percent_agreement");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Matrix_ColumnMixingNumbersAndLabels_WarningQCA4040()
    {
        using var temp = new TempDirectory();
        temp.Write("m.csv", ",A,B\nu1,1,1\nu2,2,2\nu3,low,2\n");

        var result = CliRunner.Run(temp.Path, "agree", "--matrix", "m.csv", "--coefficients", "percent_agreement");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "qcat: m.csv: unit ids from the first column (no header); 2 coder columns\n"
            + "m.csv: warning QCA4040: column 'A' mixes numbers (e.g. '1') and labels (e.g. 'low'); with labels present every value is compared as text (3 and 3.0 differ) (check the column for a typo or a stray label; a missing value is an empty cell, NA or .)\n",
            result.Error);
    }
}
