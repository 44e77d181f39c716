using ContentAnalysis.Cli.Terminal;
using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Tests.Terminal;

public sealed class ConsoleKeyInputTests
{
    [Fact]
    public void Next_KeyPressed_ReturnsIt()
    {
        var terminal = new FakeTerminal(80, 24);
        terminal.Press('2', ConsoleKey.D2);
        var input = new ConsoleKeyInput(terminal, () => { }, CancellationToken.None);

        Assert.Equal(SessionKey.Char('2'), input.Next(line: false));
    }

    [Fact]
    public void Next_CtrlCWhileWaitingForAKey_ThrowsOperationCanceled()
    {
        var terminal = new FakeTerminal(80, 24);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var input = new ConsoleKeyInput(terminal, () => { }, cancellation.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => input.Next(line: false));
    }

    [Fact]
    public void Next_CtrlCWhileWritingAMemo_ThrowsOperationCanceled()
    {
        var terminal = new FakeTerminal(80, 24);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var input = new ConsoleKeyInput(terminal, () => { }, cancellation.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => input.Next(line: true));
    }

    [Fact]
    public void Next_TerminalResizedWhileWaiting_RedrawsThenReturnsTheKey()
    {
        var terminal = new FakeTerminal(80, 24);
        var redraws = 0;
        var input = new ConsoleKeyInput(terminal, () => redraws++, CancellationToken.None);
        terminal.WhileWaiting(() => { });
        terminal.WhileWaiting(() => terminal.Profile.Width = 40);
        terminal.WhileWaiting(() => { });
        terminal.WhileWaiting(() => terminal.Press('q', ConsoleKey.Q));

        var key = input.Next(line: false);

        Assert.Equal(SessionKey.Char('q'), key);
        Assert.Equal(1, redraws);
    }
}
