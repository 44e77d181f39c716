using System.Text.Json;
using ContentAnalysis.Core.Projects;

namespace ContentAnalysis.Cli.Tests.Commands;

public sealed class ReconcileCommandTests : IDisposable
{
    // alpha.p001: role and strategy agree; tactic and tone differ. alpha.p002: role differs. beta.p001: anna only (incomplete).
    private const string Script = """
        # tactic: both instruments are in the unit
        @ alpha.p001 russia_tactic
        m
        the pause is enforced by the contingent and announced with a warning
        c
        enter
        @ alpha.p001 relations_tone
        2
        enter
        @ alpha.p002 russia_role
        1
        enter
        """;

    private readonly CodeTestProject _project = new();

    public ReconcileCommandTests()
    {
        _project.Write("data/codings/anna.csv", CodeTestProject.Header
            + "2026-01-01T10:00:00.000Z,anna,alpha.p001,russia_role,mediator,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,anna,alpha.p001,azerbaijan_strategy,none,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,anna,alpha.p001,russia_tactic,peacekeeping_leverage,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,anna,alpha.p001,relations_tone,1,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,anna,alpha.p002,russia_role,none,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,anna,beta.p001,russia_role,none,,cb,u,set\n");
        _project.Write("data/codings/ben.csv", CodeTestProject.Header
            + "2026-01-01T10:00:00.000Z,ben,alpha.p001,russia_role,mediator,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,ben,alpha.p001,azerbaijan_strategy,none,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,ben,alpha.p001,russia_tactic,coercive_signalling,warning in the last clause,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,ben,alpha.p001,relations_tone,0,,cb,u,set\n"
            + "2026-01-01T10:00:00.000Z,ben,alpha.p002,russia_role,ally_of_armenia,,cb,u,set\n");
    }

    public void Dispose() => _project.Dispose();

    private CliResult Reconcile(string script, params string[] extra)
    {
        _project.Write("gold-script.txt", script);
        return _project.Run(["reconcile", "--coders", "anna,ben", "--script", "gold-script.txt", .. extra]);
    }

    [Fact]
    public void Reconcile_Script_AcceptsAgreementsDecidesDisagreementsAndPrintsTheSummary()
    {
        var result = Reconcile(Script, "--format", "csv");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains("1 anna: Peacekeeping leverage", result.Out, StringComparison.Ordinal);
        Assert.Contains("memo: warning in the last clause", result.Out, StringComparison.Ordinal);
        Assert.Contains("Coercive signalling (coercive_signalling): Russia warns, accuses or threatens", result.Out, StringComparison.Ordinal);
        Assert.EndsWith(
            "gold: 2 accepted automatically, 3 of 3 disagreement(s) decided\n"
            + "1 incomplete (not coded by every coder, left out): beta.p001 russia_role; --allow-incomplete reconciles them\n\n"
            + "dimension,agreed,majority,chose_anna,chose_ben,combined,new_value,other,decided,open,incomplete\n"
            + "russia_role,1,0,1,0,0,0,0,2,0,1\n"
            + "azerbaijan_strategy,1,0,0,0,0,0,0,1,0,0\n"
            + "russia_tactic,0,0,0,0,1,0,0,1,0,0\n"
            + "relations_tone,0,0,0,1,0,0,0,1,0,0\n"
            + "total,2,0,1,1,1,0,0,5,0,1\n",
            result.Out);
        Assert.Equal(
            [
                "unit,dimension,values,memo,op,provenance",
                "alpha.p001,russia_role,mediator,,set,agreed",
                "alpha.p001,azerbaijan_strategy,none,,set,agreed",
                "alpha.p001,russia_tactic,peacekeeping_leverage;coercive_signalling,the pause is enforced by the contingent and announced with a warning,set,combined",
                "alpha.p001,relations_tone,0,,set,chose:ben",
                "alpha.p002,russia_role,none,,set,chose:anna",
            ],
            File.ReadAllLines(_project.JournalPath("gold")).Select(l => l.Split(',')).Select(f => string.Join(',', f[2], f[3], f[4], f[5], f[8], f[9])));
    }

    [Fact]
    public void Reconcile_RunAgain_ResumesWithNothingLeft()
    {
        Reconcile(Script);

        var again = Reconcile("# nothing left\n");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("gold: 0 accepted automatically, 0 of 0 disagreement(s) decided\n", again.Out, StringComparison.Ordinal);
        Assert.Equal(6, File.ReadAllLines(_project.JournalPath("gold")).Length);
    }

    [Fact]
    public void Summary_Json_DefaultCodersLeaveGoldOut()
    {
        Reconcile(Script);

        var result = _project.Run("reconcile", "--summary", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["anna", "ben"], root.GetProperty("coders").EnumerateArray().Select(e => e.GetString()));
        var total = root.GetProperty("total");
        Assert.Equal((2, 1, 1, 1, 5), (total.GetProperty("agreed").GetInt32(), total.GetProperty("chose_coder").GetProperty("anna").GetInt32(), total.GetProperty("chose_coder").GetProperty("ben").GetInt32(), total.GetProperty("combined").GetInt32(), total.GetProperty("decided").GetInt32()));
        Assert.Equal(4, root.GetProperty("dimensions").GetArrayLength());
    }

    [Fact]
    public void AgreeAndProgress_WithAGoldJournal_CountTheIndependentCodersOnly()
    {
        Reconcile(Script);

        var agree = _project.Run("agree", "--bootstrap", "0", "--format", "json");
        var progress = _project.Run("progress", "--format", "json");

        using var agreeJson = JsonDocument.Parse(agree.Out);
        Assert.Equal(["anna", "ben"], agreeJson.RootElement.GetProperty("results")[0].GetProperty("coder_names").EnumerateArray().Select(e => e.GetString()));
        using var progressJson = JsonDocument.Parse(progress.Out);
        Assert.Equal(["anna", "ben"], progressJson.RootElement.GetProperty("coders").EnumerateArray().Select(c => c.GetProperty("coder").GetString()));
    }

    [Fact]
    public void Reconcile_TargetClaimedByAnotherSession_QCA8007()
    {
        using var claim = Project.Open(_project.Path).Codings.ClaimForSession("gold");

        var result = Reconcile(Script);

        Assert.Equal((2, "data/codings/.gold.session.lock: error QCA8007: a reconciliation into 'gold' (or a coding session of 'gold') is already running (finish or quit it first; two would interleave their decisions)\n"), (result.ExitCode, result.Error));
        Assert.False(File.Exists(_project.JournalPath("gold")));
    }

    [Fact]
    public void Reconcile_NoTerminalNoScript_QCA8009AndExit1()
    {
        var result = _project.Run("reconcile", "--coders", "anna,ben");

        Assert.Equal((1, "error QCA8009: reconciling needs an interactive terminal and standard input is not one (use --script FILE to replay keys, or --summary to see where reconciliation stands)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Reconcile_ScriptMissing_QCA8004()
    {
        var result = _project.Run("reconcile", "--coders", "anna,ben", "--script", "nope.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error QCA8004: --script: file 'nope.txt' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_ScriptKeyRefused_LocatedByLineAndExit2()
    {
        var result = Reconcile("@ alpha.p001 russia_tactic\n3\nenter\n");

        Assert.Equal((2, "gold-script.txt(3,1): error QCA8005: key 'enter' was refused: type a coder's number (1–2) and Enter, or c, v, m, s, q (fix the script; decisions before this line are saved, and a new run resumes after them)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Help_ListsTheOptions()
    {
        var result = _project.Run("reconcile", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--coders", "--into", "--dimension", "--sample", "--majority", "--allow-incomplete", "--script", "--summary", "--format" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }
}
