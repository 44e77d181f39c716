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
        Assert.Equal((0, "appended 4 coding(s) of 2 unit(s) to data/codings/anna.csv (1 of them 'uncoded': optional dimensions the file leaves empty)\n", ""), (result.ExitCode, result.Out, result.Error));

        var check = CliRunner.Run(temp.Path, "check");
        Assert.Equal((0, "checked 1 document(s), 2 unit(s), 4 coding(s) by 1 coder(s): 0 error(s), 0 warning(s)\n"), (check.ExitCode, check.Out));

        var export = CliRunner.Run(temp.Path, "codings", "export", "--coder", "anna", "--format", "wide");
        Assert.Equal("unit,topic,tone\nnews.p001,fares,-1\nnews.p002,funding_cut,uncoded\n", export.Out);
    }

    // 'codings export --format long' writes a coder column; importing that file again must not need editing.
    [Fact]
    public void Import_LongWithCoderColumn_EveryCoderOrTheNamedOne()
    {
        using var temp = Project();
        temp.Write("all.csv", "coder,unit,dimension,value,memo\nanna,news.p001,topic,fares,\nben,news.p001,topic,funding_cut,\nben,news.p002,tone,0,\nanna,news.p002,tone,-1,late\n");

        var one = CliRunner.Run(temp.Path, "codings", "import", "all.csv", "--coder", "ben");
        Assert.Equal(
            (0, "appended 3 coding(s) of 2 unit(s) to data/codings/ben.csv (1 of them 'uncoded': optional dimensions the file leaves empty)\nleft out 2 row(s) of other coders (anna 2): leave out --coder to import every coder's rows\n", ""),
            (one.ExitCode, one.Out, one.Error));
        Assert.False(File.Exists(Path.Combine(temp.Path, "data/codings/anna.csv")));

        var all = CliRunner.Run(temp.Path, "codings", "import", "all.csv");
        // ben's news.p001 has 'uncoded' tone from the first import already: nothing more is added for it.
        Assert.Equal((0, "appended 3 coding(s) of 2 unit(s) to data/codings/anna.csv (1 of them 'uncoded': optional dimensions the file leaves empty)\nappended 2 coding(s) of 2 unit(s) to data/codings/ben.csv\n"), (all.ExitCode, all.Out));

        var export = CliRunner.Run(temp.Path, "codings", "export", "--format", "long");
        Assert.Equal("coder,unit,dimension,value,memo\nanna,news.p001,topic,fares,\nanna,news.p001,tone,uncoded,\nben,news.p001,topic,funding_cut,\nben,news.p001,tone,uncoded,\nanna,news.p002,tone,-1,late\nben,news.p002,tone,0,\n", export.Out);
    }

    [Fact]
    public void Import_CoderColumnProblems_LocatedErrorsNothingAppended()
    {
        using var temp = Project();
        temp.Write("all.csv", "coder,unit,dimension,value\nanna,news.p001,topic,fares\n,news.p002,topic,fares\nan na,news.p002,tone,0\n");
        temp.Write("plain.csv", "unit,dimension,value\nnews.p001,topic,fares\n");
        temp.Write("two.csv", "coder,unit,dimension,value\nanna,news.p001,topic,fares\nben,news.p002,tone,0\n");

        var bad = CliRunner.Run(temp.Path, "codings", "import", "all.csv");
        Assert.Equal(
            (2, "all.csv(3): error QCA3003: empty coder for unit 'news.p002' (fill in the coder column)\n"
                + "all.csv(4): error QCA3003: coder name 'an na' is not allowed (use letters, digits, '_' and '-' only)\n"),
            (bad.ExitCode, bad.Error));
        var unknown = CliRunner.Run(temp.Path, "codings", "import", "two.csv", "--coder", "ana");
        Assert.Equal((2, "two.csv(1): error QCA3003: no row of the table belongs to coder 'ana' (its coder column names anna, ben) (did you mean 'anna'?)\n"), (unknown.ExitCode, unknown.Error));
        var noColumn = CliRunner.Run(temp.Path, "codings", "import", "plain.csv");
        Assert.Equal((2, "plain.csv(1): error QCA3010: the table has no 'coder' column, so it is not known whose codings these are (pass --coder NAME)\n"), (noColumn.ExitCode, noColumn.Error));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "data/codings")) && Directory.EnumerateFiles(Path.Combine(temp.Path, "data/codings")).Any());
    }

    [Fact]
    public void Import_WhileTheCodersSessionIsOpen_RefusedNothingAppended()
    {
        using var temp = Project();
        temp.Write("anna.csv", "unit,dimension,value\nnews.p001,tone,0\n");
        var store = ContentAnalysis.Core.Coding.CodingStore.Open(new ContentAnalysis.Core.ProjectLayout(temp.Path));
        using (store.ClaimForSession("anna"))
        {
            var result = CliRunner.Run(temp.Path, "codings", "import", "anna.csv", "--coder", "anna");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error QCA6011: coder 'anna' already has a coding session open", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(temp.Path, "data/codings/anna.csv")));
        }

        Assert.Equal(0, CliRunner.Run(temp.Path, "codings", "import", "anna.csv", "--coder", "anna").ExitCode);
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
        temp.Write("anna.csv", "unit,dimension,value\nnews.p001,tone,0\n");
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
        Assert.StartsWith("data/codings/anna.csv: warning QCA3008: 2 coding(s) by 'anna' were made under codebook version ", lines[0], StringComparison.Ordinal);
        Assert.Equal("data/codings/anna.csv(2): error QCA3006: unknown category 'funding_cut' in dimension 'topic' (unit 'news.p001') (did you mean 'funding'?)", lines[1]);
        Assert.Equal("checked 1 document(s), 2 unit(s), 2 coding(s) by 1 coder(s): 1 error(s), 1 warning(s)", lines[2]);
    }

    // The bound, not a time: 500 wrong rows print the first 20 errors and one line counting the other 480.
    [Fact]
    public void Import_ManyUnknownUnits_FirstTwentyThenOneCountLine()
    {
        using var temp = Project();
        temp.Write("wrong.csv", "unit,dimension,value\n" + string.Concat(Enumerable.Range(1, 500).Select(i => $"nwes.p{i:000},topic,fares\n")));
        var result = CliRunner.Run(temp.Path, "codings", "import", "wrong.csv", "--coder", "anna");

        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((2, 21), (result.ExitCode, lines.Length));
        Assert.Equal("wrong.csv(2): error QCA3004: unknown unit 'nwes.p001' (did you mean 'news.p001'?)", lines[0]);
        Assert.Equal("wrong.csv(21): error QCA3004: unknown unit 'nwes.p020' (did you mean 'news.p002'?)", lines[19]);
        Assert.Equal("wrong.csv: error QCA3004: 480 more errors of this code not shown (the first 20 are listed above; fix them and run again)", lines[20]);
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
