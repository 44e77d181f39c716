namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary><c>qcat code --train</c>, <c>qcat training report</c>, <c>qcat code --recode</c> and <c>qcat agree --stability</c>.</summary>
public sealed class TrainingCommandTests
{
    // One full unit: role 2 (mediator), strategy none, tactic 1 (peacekeeping_leverage), tone 4 (+1).
    private const string OneUnit = "2\nenter\nenter\nn\n1\nenter\nenter\n4\nenter\n";

    // In training, the page with the reference coding after each unit closes with any key.
    private const string TrainUnit = OneUnit + "enter\n";

    // gold codes the first two units as OneUnit does, except the second unit's tone: -1 (tense), with a memo.
    private const string Gold = "unit,dimension,value,memo\n"
        + "alpha.p001,russia_role,mediator,\nalpha.p001,azerbaijan_strategy,none,\nalpha.p001,russia_tactic,peacekeeping_leverage,\nalpha.p001,relations_tone,1,\n"
        + "alpha.p002,russia_role,mediator,\nalpha.p002,azerbaijan_strategy,none,\nalpha.p002,russia_tactic,peacekeeping_leverage,\nalpha.p002,relations_tone,-1,the talks collapse in mutual accusations\n";

    [Fact]
    public void Train_TwoUnits_FeedbackAfterEachUnitAgreementWithGoldAndARecordedRound()
    {
        using var project = WithGold();

        var result = project.Code("tina", TrainUnit + TrainUnit, "--train", "--against", "gold");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("── alpha.p001 compared with gold: agreed on 4 of 4 dimensions\n", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            "── alpha.p002 compared with gold: agreed on 3 of 4 dimensions\n"
            + "  russia_role: you mediator · gold mediator — agreed\n",
            result.Out,
            StringComparison.Ordinal);
        Assert.Contains(
            "  relations_tone: you 1 · gold -1 — differs\n"
            + "    gold's memo: the talks collapse in mutual accusations\n"
            + "    -1 · tense: Friction, mistrust or complaints, without open confrontation.\n",
            result.Out,
            StringComparison.Ordinal);
        Assert.Contains("training round 1 of tina against gold: 2 units\n", result.Out, StringComparison.Ordinal);

        // relations_tone, ordinal, pairs (1, 1) and (1, -1): n_1 = 3, n_-1 = 1, n = 4, one kind of disagreement with
        // delta^2 = (n_-1 + n_0 + n_1 - (n_-1 + n_1) / 2)^2 = (4 - 2)^2 = 4 (Krippendorff 2004, ordinal metric), so
        // alpha = 1 - (n - 1) * (o_{1,-1} + o_{-1,1}) * 4 / (2 * n_1 * n_-1 * 4) = 1 - 3 * 2 / 6 = 0; percent agreement 1/2.
        Assert.Matches(@"\n  relations_tone +2 +0\.000 +50\.0 +too few units", result.Out);
        Assert.Matches(@"\n  russia_role +2 +— +100\.0 +undefined", result.Out);
        Assert.Contains("categories to revisit: none, every category was chosen as the reference chose it\n", result.Out, StringComparison.Ordinal);

        // Training codings never enter the study's codings; the round's journal is set aside for the next round.
        Assert.False(File.Exists(project.JournalPath("tina")));
        Assert.True(File.Exists(Path.Combine(project.Path, "data", "training", "tina.round-1.csv")));
        Assert.False(File.Exists(Path.Combine(project.Path, "data", "training", "tina.csv")));
        Assert.True(File.Exists(Path.Combine(project.Path, "data", "training", "codebook-8be10c03e3b7c425.yaml")));
        var csv = project.Run("training", "report", "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("1,tina,2026-12-01T12:00:00Z,gold,all,1.0,sha256:8be10c03e3b7c425,2,relations_tone,2,0,0.5\n", csv.Out, StringComparison.Ordinal);
        Assert.Contains("1,tina,2026-12-01T12:00:00Z,gold,all,1.0,sha256:8be10c03e3b7c425,2,russia_role,2,,1\n", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_CategoryMissed_ListedToRevisitWithItsDefinition()
    {
        using var project = WithGold();

        // Unit 1 as gold; unit 2 with role 1 (ally_of_armenia) instead of 2 (mediator).
        var result = project.Code("tina", TrainUnit + "1\nenter\nenter\nn\n1\nenter\nenter\n2\nenter\nenter\n", "--train");

        Assert.Contains("categories to revisit:\n  russia_role/ally_of_armenia · Ally of Armenia: 1 unit(s) differ (alpha.p002)", result.Out, StringComparison.Ordinal);
        Assert.Contains("  russia_role/mediator · Mediator: 1 unit(s) differ (alpha.p002)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingReport_CodebookChangedBetweenRounds_ListsTheChange()
    {
        using var project = WithGold();
        Assert.Equal(0, project.Code("tina", TrainUnit + TrainUnit, "--train").ExitCode);
        var codebook = Path.Combine(project.Path, "codebooks", "russia-south-caucasus.yaml");
        File.WriteAllText(codebook, File.ReadAllText(codebook).Replace("Friction, mistrust or complaints, without open confrontation.", "Friction or complaints, without open confrontation.", StringComparison.Ordinal));

        var second = project.Code("tina", TrainUnit + TrainUnit, "--train");
        var report = project.Run("training", "report");
        var json = project.Run("training", "report", "--format", "json");

        Assert.Contains("training round 2 of tina against gold: 2 units\n", second.Out, StringComparison.Ordinal);
        Assert.StartsWith("2 training rounds against the reference coding (tina 2 rounds), with 2 codebook versions\n", report.Out, StringComparison.Ordinal);
        Assert.Matches(@"codebook changes between rounds:\n  1\.0 \(8be10c03\) → 1\.0 \([0-9a-f]{8}\), first used in tina's round 2: relations_tone/-1: definition changed\n", report.Out);
        Assert.Contains("\"rounds_per_coder\": {\n    \"tina\": 2\n  }", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"changes\": [\n        \"relations_tone/-1: definition changed\"\n      ]", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_NoGold_IsQCA6100()
    {
        using var project = new CodeTestProject();

        var result = project.Code("tina", OneUnit, "--train");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA6100: training compares with 'gold', which has no journal in data/codings/", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SampleGoldDidNotCode_IsQCA6101()
    {
        using var project = WithGold();
        Assert.Equal(0, project.Run("sample", "create", "training", "--size", "3", "--seed", "1").ExitCode);

        var result = project.Code("tina", OneUnit, "--train", "--sample", "training");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error QCA6101: 'gold' does not code ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_CoderNamedLikeTheRoundsTable_IsRefused()
    {
        using var project = WithGold();

        var result = project.Code("rounds", OneUnit, "--train");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA3003: --coder: 'rounds' cannot train: data/training/rounds.csv is the table of training rounds", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_WithRecode_IsQCA6105()
    {
        using var project = WithGold();

        var result = project.Code("tina", OneUnit, "--train", "--recode");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA6105: --train cannot be used with --recode", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_WithoutTrain_IsQCA6105()
    {
        using var project = WithGold();

        var result = project.Code("tina", OneUnit, "--against", "gold");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA6105: --against cannot be used without --train", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recode_SecondPassIntoItsOwnJournal_StabilityReportsAgreementAndTime()
    {
        using var project = new CodeTestProject();
        Assert.Equal(0, project.Code("anna", OneUnit + OneUnit).ExitCode);
        Assert.Equal(0, project.Code("ben", OneUnit + OneUnit).ExitCode);

        // Blind: the second pass opens at the first unit with nothing pre-filled, although anna coded it.
        var recode = project.Code("anna", "2\nenter\nenter\nn\n1\nenter\nenter\n4\nenter\n2\nenter\nenter\nn\n1\nenter\nenter\n2\nenter\n", "--recode");
        var stability = project.Run("agree", "--stability", "anna", "-d", "relations_tone", "--bootstrap", "0");
        var json = project.Run("agree", "--stability", "anna", "--format", "json", "--bootstrap", "0", "-d", "relations_tone", "--coefficients", "krippendorff_alpha");
        var all = project.Run("agree", "--format", "json", "--bootstrap", "0", "-d", "relations_tone");

        Assert.Equal(0, recode.ExitCode);
        Assert.Contains("anna~2 · unit 1 of 5 · 0 of 5 done", recode.Out, StringComparison.Ordinal);
        Assert.EndsWith("anna~2: 2 of 5 units coded (40%); the script ended, run again to continue\n", recode.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(project.JournalPath("anna~2")));
        Assert.Equal(0, stability.ExitCode);
        Assert.StartsWith("stability of anna (test–retest): 2 units coded in both passes; first pass 20", stability.Out, StringComparison.Ordinal);
        Assert.Contains("second pass (anna~2) 20", stability.Out, StringComparison.Ordinal);

        // Tone: first pass +1, +1; second pass +1, -1 — the ordinal case computed in the training test: alpha = 0.
        Assert.Contains("\"recode\": \"anna~2\",\n  \"paired_units\": 2,", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"coder_names\": [\n          \"anna\",\n          \"anna~2\"\n        ]", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"krippendorff_alpha\": {\n            \"value\": 0,", json.Out, StringComparison.Ordinal);

        // By default the second pass is not another coder.
        Assert.Contains("\"coder_names\": [\n        \"anna\",\n        \"ben\"\n      ]", all.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Recode_CoderWithoutCodings_IsQCA6102()
    {
        using var project = new CodeTestProject();

        var result = project.Code("anna", OneUnit, "--recode");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("data/codings/anna.csv: error QCA6102: 'anna' has no codings to recode (the first pass comes first: 'qcat code --coder anna')\n", result.Error);
        Assert.False(File.Exists(project.JournalPath("anna~2")));
    }

    [Fact]
    public void Stability_NotRecoded_IsQCA6103()
    {
        using var project = new CodeTestProject();
        Assert.Equal(0, project.Code("anna", OneUnit).ExitCode);

        var result = project.Run("agree", "--stability", "anna");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("data/codings/anna~2.csv: error QCA6103: 'anna' has not coded a second pass ('anna~2') (recode the sample first: 'qcat code --coder anna --recode --sample NAME')\n", result.Error);
    }

    [Fact]
    public void Appendix_RecordedRounds_ReportsRoundsAndCodebookChanges()
    {
        using var project = ExampleProject.Copy();
        var codebook = File.ReadAllText(Path.Combine(project.Path, "codebooks", "russia-south-caucasus.yaml"));
        project.Write("data/training/codebook-8be10c03e3b7c425.yaml", codebook);
        project.Write("data/training/codebook-1111222233334444.yaml", codebook.Replace("Friction, mistrust or complaints, without open confrontation.", "Friction or complaints.", StringComparison.Ordinal));
        project.Write(
            "data/training/rounds.csv",
            "round,coder,date,reference,sample,codebook_version,codebook_hash,units,dimension,pairable_units,alpha,percent_agreement\n"
            + "1,tina,2026-11-02T10:00:00Z,gold,training,1.0,sha256:8be10c03e3b7c425,10,relations_tone,9,0.52,0.6\n"
            + "2,tina,2026-11-09T10:00:00Z,gold,training,1.1,sha256:1111222233334444,10,relations_tone,10,0.84,0.9\n");

        var result = CliRunner.Run(project.Path, "report", "appendix", "--bootstrap", "0");
        var markdown = File.ReadAllText(Path.Combine(project.Path, "reports", "out", "appendix.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("in 2 recorded rounds: tina took 2 rounds. The codebook was revised between rounds: 1.0 (8be10c03) → 1.1 (11112222), first used in tina's round 2: relations\\_tone/-1: definition changed.", markdown, StringComparison.Ordinal);
        Assert.Contains("| tina | 2 | relations\\_tone | 10 | .84", markdown, StringComparison.Ordinal);
    }

    private static CodeTestProject WithGold()
    {
        var project = new CodeTestProject();
        project.Write("gold.csv", Gold);
        Assert.Equal(0, project.Run("codings", "import", "gold.csv", "--coder", "gold").ExitCode);
        return project;
    }
}
