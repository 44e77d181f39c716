namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class CodeCommandTests
{
    // One full unit: role 2 (mediator), strategy none, tactic 1 (peacekeeping_leverage), tone 4 (+1).
    private const string OneUnit = "2\nenter\nenter\nn\n1\nenter\nenter\n4\nenter\n";

    [Fact]
    public void Code_InputNotATerminal_SaysSoInOneLineAndExits1()
    {
        using var project = new CodeTestProject();

        var result = project.Run("code", "--coder", "anna");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error QCA6010: coding needs an interactive terminal and standard input is not one (use --script FILE to replay keystrokes)\n", result.Error);
        Assert.False(File.Exists(project.JournalPath("anna")));
    }

    [Fact]
    public void Code_ScriptOfTwoUnits_WritesEightLinesAndReportsProgress()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", OneUnit + OneUnit);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("anna: 2 of 5 units coded (40%); the script ended, run again to continue\n", result.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(project.JournalPath("anna"));
        Assert.Equal(9, lines.Length);
        Assert.Equal(
            ["anna,alpha.p001,russia_role,mediator,", "anna,alpha.p001,azerbaijan_strategy,none,", "anna,alpha.p001,russia_tactic,peacekeeping_leverage,", "anna,alpha.p001,relations_tone,1,"],
            lines[1..5].Select(l => string.Join(',', l.Split(',')[1..6])));
        Assert.All(lines[1..], l => Assert.EndsWith(",set", l, StringComparison.Ordinal));
        Assert.Contains("anna · unit 3 of 5 · 2 of 5 done (40%)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_ScreenShowsDocumentContextAndChoices()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", OneUnit + "q\n");

        // The second unit's screen: its neighbours dimmed (indented), the unit itself marked.
        Assert.Contains("alpha.p002 — Truce talks · T. Tester · 2020-10-20 · war\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n  Moscow hosted both foreign ministers and announced a pause in the fighting.\n│ The pause broke down within hours as both sides traded accusations.\n  Baku thanked Ankara", result.Out, StringComparison.Ordinal);
        Assert.Contains("  [ ]  2  Mediator\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("        n none applies\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("session closed; every answer and memo is saved", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("anna: 1 of 5 units coded (20%)\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_NumberQuestionMark_ShowsCodebookEntry()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", "2\n?\n");

        Assert.Contains("── 2 · Mediator (mediator)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  applies when:\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  anchor example:\n", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(project.JournalPath("anna")));
    }

    [Fact]
    public void Code_MemoThenBackAndChange_JournalKeepsHistory()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", "m\nfirst paragraph sets the scene\n" + OneUnit + "b\nenter\nenter\nenter\n2\nenter\nq\n");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(project.JournalPath("anna"));
        // The memo is journaled when confirmed (op memo), then carried by the answer.
        Assert.EndsWith(",anna,alpha.p001,russia_role,,first paragraph sets the scene", string.Join(',', lines[1].Split(',')[..6]), StringComparison.Ordinal);
        Assert.EndsWith(",memo", lines[1], StringComparison.Ordinal);
        Assert.Contains("first paragraph sets the scene", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("anna,alpha.p001,relations_tone,-1,", string.Join(',', lines[^1].Split(',')[1..]), StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Code_JournalCutOffMidLine_WarnsAndResumesAtThatDimension()
    {
        using var project = new CodeTestProject();
        project.Code("anna", OneUnit + "2\nenter\nenter\n");
        File.AppendAllText(project.JournalPath("anna"), "2026-11-22T03:00:00.000Z,anna,alpha.p002,azerbaijan_strategy,no");

        var result = project.Code("anna", "1\nenter\nenter\nq\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^data/codings/anna\.csv\(7,1\): warning QCA\d{4}: last line 7 is cut off", result.Error);
        Assert.Contains("anna · unit 2 of 5 · 1 of 5 done (20%)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("[2/4] Azerbaijan's strategy towards Russia", result.Out, StringComparison.Ordinal);
        var journal = File.ReadAllText(project.JournalPath("anna"));
        Assert.EndsWith(",anna,alpha.p002,azerbaijan_strategy,multi_vector_balancing,,", string.Join(',', journal.TrimEnd('\n').Split('\n')[^1].Split(',')[..6]) + ",", StringComparison.Ordinal);
        Assert.True(File.Exists(project.JournalPath("anna") + ".partial"));
    }

    [Fact]
    public void Code_OtherCoderHasCoded_NeverShowsTheirAnswersOrMemos()
    {
        using var project = new CodeTestProject();
        project.Code("ben", "m\nBEN-PRIVATE-NOTE\n1\nenter\n3\nenter\nenter\nn\nn\n5\nenter\n");

        var result = project.Code("anna", "b\nq\n");

        Assert.Contains("BEN-PRIVATE-NOTE", File.ReadAllText(project.JournalPath("ben")), StringComparison.Ordinal);
        Assert.DoesNotContain("BEN-PRIVATE-NOTE", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("recorded:", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[x]", result.Out, StringComparison.Ordinal);
        Assert.Contains("anna · unit 1 of 5 · 0 of 5 done (0%)", result.Out, StringComparison.Ordinal);
        Assert.Contains("this is the first unit", result.Out, StringComparison.Ordinal);
    }

    // Two sessions of one coder (two terminals) would interleave their answers in one journal.
    [Fact]
    public void Code_SecondSessionOfSameCoder_RefusedOtherCoderAndLaterSessionFine()
    {
        using var project = new CodeTestProject();
        var store = ContentAnalysis.Core.Coding.CodingStore.Open(new ContentAnalysis.Core.ProjectLayout(project.Path));

        using (store.ClaimForSession("anna"))
        {
            var second = project.Code("anna", "q\n");
            Assert.Equal((2, "data/codings/.anna.session.lock: error QCA6011: coder 'anna' already has a coding session open (finish that session or quit it with q first; two sessions of one coder would interleave their answers)\n"), (second.ExitCode, second.Error));
            Assert.False(File.Exists(project.JournalPath("anna")));
            Assert.Equal(0, project.Code("ben", "q\n").ExitCode);
        }

        Assert.Equal(0, project.Code("anna", "q\n").ExitCode);
        Assert.Empty(Directory.EnumerateFiles(System.IO.Path.Combine(project.Path, "data", "codings"), "*.lock", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void Code_SampleAndDimension_CodesOnlyThose()
    {
        using var project = new CodeTestProject();
        project.Write("data/samples/rel.csv", "# qcat sample: size=2; seed=1; stratify=none; population=5\nunit,document,period\nalpha.p003,alpha,war\nbeta.p002,beta,ukraine_war\n");

        var result = project.Code("anna", "5\nenter\nx\nenter\n", "--sample", "rel", "--dimension", "relations_tone");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["alpha.p003,relations_tone,2", "beta.p002,relations_tone,uncoded"],
            File.ReadAllLines(project.JournalPath("anna"))[1..].Select(l => string.Join(',', l.Split(',')[2..5])));
        Assert.Contains("session finished", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("anna: 2 of 2 units coded (100%)\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_LastAnswerOfSession_CompletionScreenBackChangesIt()
    {
        using var project = new CodeTestProject();
        project.Write("data/samples/rel.csv", "# qcat sample: size=2; seed=1; stratify=none; population=5\nunit,document,period\nalpha.p003,alpha,war\nbeta.p002,beta,ukraine_war\n");

        var result = project.Code("anna", "5\nenter\nx\nb\n1\nenter\nq\n", "--sample", "rel", "--dimension", "relations_tone");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("all 2 units coded\nb back to the last unit to change it · u undo the last answer · q or Enter quits\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("recorded: left uncoded (Enter keeps it)", result.Out, StringComparison.Ordinal);
        Assert.EndsWith(",beta.p002,relations_tone,-2", string.Join(',', File.ReadAllLines(project.JournalPath("anna"))[^1].Split(',')[..5]), StringComparison.Ordinal);
        Assert.EndsWith("anna: 2 of 2 units coded (100%)\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_UnitOption_ReopensCodedUnitWithAnswersPrefilled()
    {
        using var project = new CodeTestProject();
        project.Code("anna", OneUnit + "q\n");

        var result = project.Code("anna", "enter\nenter\nenter\n5\nenter\nq\n", "--unit", "alpha.p001");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("anna · unit 1 of 5 · 1 of 5 done (20%)", result.Out, StringComparison.Ordinal);
        Assert.Contains("alpha.p001 reopened: choose to change an answer, Enter keeps it", result.Out, StringComparison.Ordinal);
        Assert.Contains("  [x]  2  Mediator\n", result.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(project.JournalPath("anna"));
        Assert.Equal(6, lines.Length);
        Assert.EndsWith(",alpha.p001,relations_tone,2", string.Join(',', lines[^1].Split(',')[..5]), StringComparison.Ordinal);
        Assert.Contains("anna · unit 2 of 5 · 1 of 5 done (20%)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_ToneScale_ShowsTheValueApartFromTheKey()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", "2\nenter\nenter\nn\n1\nenter\nenter\nq\n");

        Assert.Contains("       1  (-2) ", result.Out, StringComparison.Ordinal);
        Assert.Contains("       4  (+1) ", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--unit", "gamma.p001" }, "error QCA6008: --unit: no unit 'gamma.p001' in the corpus")]
    [InlineData(new[] { "--unit", "beta.p001", "--doc", "alpha" }, "error QCA6008: --unit: unit 'beta.p001' is not in this session's sample or document")]
    [InlineData(new[] { "--dimension", "tone" }, "codebooks/russia-south-caucasus.yaml: error QCA0002: unknown dimension 'tone'")]
    [InlineData(new[] { "--doc", "gamma" }, "data/documents.csv: error QCA2010: no document 'gamma' in the corpus")]
    [InlineData(new[] { "--sample", "nope" }, "data/samples/nope.csv: error QCA6001: sample 'nope' does not exist")]
    public void Code_BadOption_LocatedMessageAndExit2(string[] options, string expected)
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", "q\n", options);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_Latin1Codebook_SameQca1017AsValidateAndExit2()
    {
        using var project = new CodeTestProject();
        project.WriteBytes("codebooks/latin1.yaml", [.. "id: t\ntitle: "u8, 0xC9, .. "t\u00e9\n"u8]);

        var result = project.Code("anna", "q\n", "--codebook", "codebooks/latin1.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codebooks/latin1.yaml(2,8): error QCA1017: the file is not UTF-8 text: byte 0xC9 at line 2, column 8", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(project.JournalPath("anna")));
    }

    [Fact]
    public void Code_BadScriptLine_ReportsLineAndExit2()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", "2\nenter please\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"script-[0-9a-f]+\.txt\(2,1\): error QCA6009: 'enter please' is not a key", result.Error);
    }

    [Fact]
    public void Code_HelpMemoQuit_ScreensMatchApprovedFile()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", "2\n?\nm\nthe truce is Moscow's\n3\nenter\nenter\nq\n");

        Snapshot.Verify(result.Out, "CodeCommandTests.HelpMemoQuit");
    }
}
