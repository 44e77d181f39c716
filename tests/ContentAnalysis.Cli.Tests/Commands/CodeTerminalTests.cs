using ContentAnalysis.Cli.Tests.Terminal;

namespace ContentAnalysis.Cli.Tests.Commands;

/// <summary><c>qcat code</c> in a (fake) interactive terminal: keys read one by one, the screen redrawn at its size.</summary>
public sealed class CodeTerminalTests
{
    private const string OneUnit = "2\nenter\nenter\nn\n1\nenter\nenter\n4\nenter\n";

    [Fact]
    public void Code_JournalCutOffMidLine_TheFirstScreenNamesTheCutLine()
    {
        using var project = new CodeTestProject();
        project.Code("anna", OneUnit + "2\nenter\nenter\n");
        File.AppendAllText(project.JournalPath("anna"), "2026-11-22T03:00:00.000Z,anna,alpha.p002,azerbaijan_strategy,no");
        var terminal = new FakeTerminal(60, 20);
        terminal.Press('q', ConsoleKey.Q);

        var (exitCode, error) = Run(project, terminal, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var first = terminal.Output.ToString().Split("> ")[0];
        // header 1, unit 1 on lines 2–5, unit 2's first answer 6: the cut line is 7.
        Assert.Contains("last line 7 is cut off", first.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Code_CtrlCWhileTypingAMemo_KeepsConfirmedMemoAndSaysTheTypedOneIsNotSaved()
    {
        using var project = new CodeTestProject();
        using var cancellation = new CancellationTokenSource();
        var terminal = new FakeTerminal(80, 24);
        terminal.Press('m', ConsoleKey.M);
        foreach (var c in "kept memo")
        {
            terminal.Press(c, ConsoleKey.A);
        }

        terminal.Press('\r', ConsoleKey.Enter);
        terminal.Press('m', ConsoleKey.M);
        terminal.Press('x', ConsoleKey.X);
        for (var i = 0; i < 20; i++)
        {
            terminal.WhileWaiting(() => { });
        }

        terminal.WhileWaiting(cancellation.Cancel);

        var (exitCode, error) = Run(project, terminal, cancellation.Token);

        Assert.Equal(130, exitCode);
        Assert.Contains("every answer and every confirmed memo made so far is saved; the memo being typed was not confirmed and is not saved", error, StringComparison.Ordinal);
        var journal = File.ReadAllLines(project.JournalPath("anna"));
        Assert.EndsWith(",alpha.p001,russia_role,,kept memo", string.Join(',', journal[^1].Split(',')[..6]), StringComparison.Ordinal);
        Assert.EndsWith(",memo", journal[^1], StringComparison.Ordinal);
    }

    private static (int ExitCode, string Error) Run(CodeTestProject project, FakeTerminal terminal, CancellationToken cancellationToken)
    {
        using var error = new StringWriter();
        var context = new CliContext(terminal.Output, error, new StringReader(string.Empty), terminal, isOutputTerminal: true, isInputTerminal: true, project.Path);
        var exitCode = CliApp.RunAsync(["code", "--coder", "anna"], context, cancellationToken).GetAwaiter().GetResult();
        return (exitCode, error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
