using ContentAnalysis.Core.Sessions;
using Spectre.Console;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>
/// Keys read one at a time from the terminal; a memo is read as a line with a prompt. While waiting it
/// watches for Ctrl+C (<paramref name="cancellationToken"/>) and for a resized terminal, which it redraws.
/// <paramref name="lineLabel"/> names the line being typed (a memo; a reason in <c>qcat reconcile</c>).
/// </summary>
internal sealed class ConsoleKeyInput(IAnsiConsole console, Action redraw, CancellationToken cancellationToken, string lineLabel = "memo") : ISessionInput
{
    // Short enough that a key is still answered well within 50 ms.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">Ctrl+C was pressed.</exception>
    public SessionKey? Next(bool line)
    {
        if (line)
        {
            var prompt = new TextPrompt<string>($"[yellow]{lineLabel}[/] (Enter alone cancels):").AllowEmpty();
            var memo = prompt.ShowAsync(console, cancellationToken).GetAwaiter().GetResult();
            return SessionKey.Line(memo);
        }

        var size = (console.Profile.Width, console.Profile.Height);
        while (true)
        {
            while (!console.Input.IsKeyAvailable())
            {
                cancellationToken.WaitHandle.WaitOne(PollInterval);
                cancellationToken.ThrowIfCancellationRequested();
                if ((console.Profile.Width, console.Profile.Height) != size)
                {
                    size = (console.Profile.Width, console.Profile.Height);
                    redraw();
                }
            }

            if (console.Input.ReadKey(intercept: true) is not { } info)
            {
                return null;
            }

            switch (info.Key)
            {
                case ConsoleKey.Enter:
                    return SessionKey.Enter;
                case ConsoleKey.Backspace:
                    return SessionKey.Backspace;
                case ConsoleKey.Escape:
                    return SessionKey.Escape;
                case ConsoleKey.PageUp:
                    return new SessionKey(SessionKeyKind.PageUp);
                case ConsoleKey.PageDown:
                    return new SessionKey(SessionKeyKind.PageDown);
                case ConsoleKey.UpArrow:
                    return new SessionKey(SessionKeyKind.Up);
                case ConsoleKey.DownArrow:
                    return new SessionKey(SessionKeyKind.Down);
                default:
                    if (!char.IsControl(info.KeyChar) && info.KeyChar != '\0')
                    {
                        return SessionKey.Char(info.KeyChar);
                    }

                    break;
            }
        }
    }
}
