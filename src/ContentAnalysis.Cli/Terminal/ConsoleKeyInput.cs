using ContentAnalysis.Core.Sessions;
using Spectre.Console;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Keys read one at a time from the terminal; a memo is read as a line with a prompt.</summary>
internal sealed class ConsoleKeyInput(IAnsiConsole console) : ISessionInput
{
    /// <inheritdoc/>
    public SessionKey? Next(SessionMode mode)
    {
        if (mode == SessionMode.Memo)
        {
            var memo = console.Prompt(new TextPrompt<string>("[yellow]memo[/] (Enter alone cancels):").AllowEmpty());
            return SessionKey.Line(memo);
        }

        while (true)
        {
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
