namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary>Codings import through the real codebook loader, with the repository's minimal example codebook.</summary>
public sealed class CodingsCommandTests
{
    [Fact]
    public void Import_ValidLongFile_AppendsAndCheckIsClean()
    {
        using var temp = Project();
        temp.Write("anna.csv", "unit,dimension,value,memo\nnews.p001,topic,fares,\nnews.p001,tone,-1,late trains\nnews.p002,topic,funding_cut,\n");
        var result = CliRunner.Run(temp.Path, "codings", "import", "anna.csv", "--coder", "anna");
        Assert.Equal((0, "appended 3 coding(s) of 2 unit(s) to data/codings/anna.csv\n", ""), (result.ExitCode, result.Out, result.Error));

        var check = CliRunner.Run(temp.Path, "check");
        Assert.Equal((0, "checked 1 document(s), 2 unit(s), 3 coding(s) by 1 coder(s): 0 error(s), 0 warning(s)\n"), (check.ExitCode, check.Out));

        var export = CliRunner.Run(temp.Path, "codings", "export", "--coder", "anna", "--format", "wide");
        Assert.Equal("unit,topic,tone\nnews.p001,fares,-1\nnews.p002,funding_cut,\n", export.Out);
    }

    [Fact]
    public void Import_InvalidValues_ExitTwoLocatedNothingAppended()
    {
        using var temp = Project();
        temp.Write("bad.csv", "unit,dimension,value\nnews.p001,topic,fare\nnews.p002,tone,5\nnews.p002,topic,fares;funding\n");
        var result = CliRunner.Run(temp.Path, "codings", "import", "bad.csv", "--coder", "anna");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "bad.csv(2): error QCA3006: unknown category 'fare' in dimension 'topic' (unit 'news.p001') (did you mean 'fares'?)\n"
            + "bad.csv(3): error QCA3006: value '5' is not on the scale of dimension 'tone' (unit 'news.p002') (levels: -1, 0, 1)\n"
            + "bad.csv(4): error QCA3007: 2 values (fares;funding) for unit 'news.p002' on single dimension 'topic' (this dimension takes exactly one value)\n",
            result.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "data/codings/anna.csv")));
    }

    [Fact]
    public void Import_IntoDamagedJournal_AppendsAndWarns()
    {
        using var temp = Project();
        temp.Write("data/codings/anna.csv", "time,coder,unit,dimension,values,memo,codebook_hash,unit_hash,op\ngarbage\n");
        temp.Write("anna.csv", "unit,dimension,value\nnews.p001,topic,fares\n");
        var result = CliRunner.Run(temp.Path, "codings", "import", "anna.csv", "--coder", "anna");
        Assert.Equal(
            (0, "appended 1 coding(s) of 1 unit(s) to data/codings/anna.csv\n", "data/codings/anna.csv: warning QCA3001: the journal already has 1 malformed line(s) (first at line 2); the codings were appended after them (the journal is damaged: run 'qcat check' and fix or remove those lines)\n"),
            (result.ExitCode, result.Out, result.Error));
    }

    [Fact]
    public void Import_FolderInsteadOfFile_ExitTwo()
    {
        using var temp = Project();
        Directory.CreateDirectory(Path.Combine(temp.Path, "in"));
        var result = CliRunner.Run(temp.Path, "codings", "import", "in", "--coder", "anna");
        Assert.Equal((2, "error QCA3010: 'in' is a folder, not a file (name one CSV file)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Import_BadCoderName_ExitTwo()
    {
        using var temp = Project();
        temp.Write("a.csv", "unit,dimension,value\n");
        var result = CliRunner.Run(temp.Path, "codings", "import", "a.csv", "--coder", "an na");
        Assert.Equal((2, "error QCA3003: coder name 'an na' is not allowed (use letters, digits, '_' and '-' only)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Check_CodebookEditedAfterCoding_ReportsUnknownCategoryAndOtherHash()
    {
        using var temp = Project();
        temp.Write("anna.csv", "unit,dimension,value\nnews.p001,topic,funding_cut\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "codings", "import", "anna.csv", "--coder", "anna").ExitCode);
        var codebook = Path.Combine(temp.Path, "codebooks/example-minimal.yaml");
        File.WriteAllText(codebook, File.ReadAllText(codebook).Replace("id: funding_cut", "id: funding_reduced", StringComparison.Ordinal));

        var check = CliRunner.Run(temp.Path, "check");
        Assert.Equal(2, check.ExitCode);
        var lines = check.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("data/codings/anna.csv: warning QCA3008: 1 coding(s) by 'anna' were made under codebook version ", lines[0], StringComparison.Ordinal);
        Assert.Equal("data/codings/anna.csv(2): error QCA3006: unknown category 'funding_cut' in dimension 'topic' (unit 'news.p001') (did you mean 'funding'?)", lines[1]);
        Assert.Equal("checked 1 document(s), 2 unit(s), 1 coding(s) by 1 coder(s): 1 error(s), 1 warning(s)", lines[2]);
    }

    private static TempDirectory Project()
    {
        var temp = new TempDirectory();
        temp.Write("codebooks/example-minimal.yaml", File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")));
        temp.Write("news.md", "# Buses\n\nFares rise again and the trains were late.\n\nThe rural grant ends.\n");
        Assert.Equal(0, CliRunner.Run(temp.Path, "corpus", "import", "news.md").ExitCode);
        return temp;
    }
}
