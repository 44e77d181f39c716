using Spectre.Console;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Redraws the whole terminal after every key, sized to it, with colours by line role.</summary>
internal sealed class SpectreSessionView(IAnsiConsole console) : ISessionView
{
    /// <inheritdoc/>
    public ScreenFrame Render(SessionView view)
    {
        console.Clear(home: true);
        // One row fewer than the terminal has: the newline after the last line would scroll the progress line away.
        var frame = ScreenLayout.Frame(view, console.Profile.Width, Math.Max(1, console.Profile.Height - 1));
        Draw(console, frame.Lines);
        return frame;
    }

    /// <summary>Writes laid-out lines coloured by their role (shared with the reconciliation view).</summary>
    public static void Draw(IAnsiConsole console, IEnumerable<ScreenLine> lines)
    {
        foreach (var line in lines)
        {
            var text = Markup.Escape(line.Text);
            console.MarkupLine(line.Style switch
            {
                LineStyle.Header => $"[bold blue]{text}[/]",
                LineStyle.Meta => $"[bold]{text}[/]",
                LineStyle.Context => $"[grey]{text}[/]",
                LineStyle.Question => $"[bold yellow]{text}[/]",
                LineStyle.Chosen => $"[green]{text}[/]",
                LineStyle.Keys => $"[grey]{text}[/]",
                LineStyle.Help => $"[cyan]{text}[/]",
                LineStyle.Message => $"[italic yellow]{text}[/]",
                _ => text,
            });
        }
    }
}
