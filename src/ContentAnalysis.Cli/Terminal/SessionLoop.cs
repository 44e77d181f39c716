using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Cli.Terminal;

/// <summary>The driver loop shared by the terminal and the scripted mode: draw, read a key, handle it.</summary>
internal static class SessionLoop
{
    /// <summary>Runs until the coder quits, every unit is coded, or the input ends; returns whether the input ran out first.</summary>
    /// <exception cref="OperationCanceledException">Ctrl+C was pressed; every decision made so far is already saved.</exception>
    public static bool Run(CodingSession session, ISessionInput input, ISessionView view, CancellationToken cancellationToken = default)
    {
        view.Render(session.Screen);
        while (!session.IsOver)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input.Next(session.Mode) is not { } key)
            {
                return true;
            }

            session.Handle(key);
            view.Render(session.Screen);
        }

        return false;
    }
}
