using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>Writes each screen as plain text (the scripted mode), separated by a rule.</summary>
internal sealed class PlainSessionView(TextWriter output, int width) : ISessionView
{
    /// <inheritdoc/>
    public void Render(SessionScreen screen)
    {
        output.WriteLine(new string('─', Math.Min(width, 60)));
        foreach (var line in ScreenLayout.Lines(screen, width))
        {
            output.WriteLine(line.Text);
        }
    }
}
