using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Reconciliation;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Tests.Reconciliation;

public sealed class ReconciliationScriptTests : IDisposable
{
    private readonly ReconciliationProject _project = new();

    public ReconciliationScriptTests() =>
        _project.Code("anna", "d.p001", "stance", "pro").Code("ben", "d.p001", "stance", "contra")
            .Code("anna", "d.p002", "stance", "pro").Code("ben", "d.p002", "stance", "mixed");

    public void Dispose() => _project.Dispose();

    private ReconciliationSession Session() =>
        new(ReconciliationPlanner.Plan(_project.Project, new ReconciliationRequest(["anna", "ben"])), _project.Project.Codings, TimeProvider.System);

    [Fact]
    public void Parse_KeysChecksAndReasons_WithTheirLines()
    {
        var steps = ReconciliationScript.Parse("# comment\n@ d.p001 stance\nm\n  a reason, kept as typed  \n2\nenter\n\nESC\n", "s.txt");

        Assert.Equal(
            [
                new ReconciliationScriptStep(2, null, "d.p001", "stance"),
                new ReconciliationScriptStep(3, SessionKey.Char('m')),
                new ReconciliationScriptStep(4, SessionKey.Line("  a reason, kept as typed  ")),
                new ReconciliationScriptStep(5, SessionKey.Char('2')),
                new ReconciliationScriptStep(6, SessionKey.Enter),
                new ReconciliationScriptStep(8, SessionKey.Escape),
            ],
            steps);
    }

    [Fact]
    public void Parse_LinesThatAreNotKeys_QCA8004EachWithItsLine()
    {
        var error = Assert.Throws<InputException>(() => ReconciliationScript.Parse("1\nchoose anna\nenter\n@ d.p001\n", "s.txt"));

        Assert.Equal(
            [
                "s.txt(2,1): error QCA8004: 'choose anna' is not a key (one key per line: a character, or enter, backspace, escape; the line after m is the reason; '@ UNIT DIMENSION' checks the disagreement on screen)",
                "s.txt(4,1): error QCA8004: '@ d.p001' is not a key (one key per line: a character, or enter, backspace, escape; the line after m is the reason; '@ UNIT DIMENSION' checks the disagreement on screen)",
            ],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Run_WholeScript_DecidesEveryDisagreement()
    {
        var session = Session();
        var steps = ReconciliationScript.Parse("@ d.p001 stance\n1\nenter\n@ d.p002 stance\nm\nmixed fits\n2\nenter\n", "s.txt");

        var ranOut = ReconciliationScriptRunner.Run(session, steps, "s.txt");

        Assert.False(ranOut);
        Assert.Equal((ReconciliationMode.Done, 2), (session.Mode, session.Decided));
        Assert.Equal("mixed fits", _project.Project.Codings.Load("gold").Get("d.p002", "stance")!.Memo);
    }

    [Fact]
    public void Run_RefusedKey_QCA8005AtItsLineAndEarlierDecisionsKept()
    {
        var steps = ReconciliationScript.Parse("1\nenter\n# a new value needs a reason\nv\n2\nenter\n", "s.txt");

        var error = Assert.Throws<InputException>(() => ReconciliationScriptRunner.Run(Session(), steps, "s.txt"));

        Assert.Equal("s.txt(6,1): error QCA8005: key 'enter' was refused: a value no coder recorded needs a reason: press m and type it first (fix the script; decisions before this line are saved, and a new run resumes after them)", Assert.Single(error.Diagnostics).ToString());
        Assert.Equal(1, _project.Project.Codings.Load("gold").Count);
    }

    [Fact]
    public void Run_CheckNamesAnotherDisagreement_QCA8006()
    {
        var steps = ReconciliationScript.Parse("@ d.p002 stance\n1\nenter\n", "s.txt");

        var error = Assert.Throws<InputException>(() => ReconciliationScriptRunner.Run(Session(), steps, "s.txt"));

        Assert.Equal(("QCA8006", 1), (Assert.Single(error.Diagnostics).Code, error.Diagnostics[0].Line));
        Assert.Contains("expects d.p002 stance but the disagreement on screen is d.p001 stance", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScriptEndsEarly_SaysSo()
    {
        Assert.True(ReconciliationScriptRunner.Run(Session(), ReconciliationScript.Parse("1\nenter\n", "s.txt"), "s.txt"));
    }
}
