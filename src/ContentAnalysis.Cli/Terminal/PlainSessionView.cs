namespace ContentAnalysis.Cli.Terminal;

/// <summary>Writes each screen as plain text (the scripted mode), separated by a rule; nothing is paged.</summary>
internal sealed class PlainSessionView(TextWriter output, int width) : ISessionView
{
    /// <inheritdoc/>
    public ScreenFrame Render(SessionView view)
    {
        output.WriteLine(new string('─', Math.Min(width, 60)));
        var frame = ScreenLayout.Frame(view, width, int.MaxValue);
        foreach (var line in frame.Lines)
        {
            output.WriteLine(line.Text);
        }

        return frame;
    }
}
