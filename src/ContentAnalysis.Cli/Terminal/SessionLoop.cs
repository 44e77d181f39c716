namespace ContentAnalysis.Cli.Terminal;

/// <summary>The driver loop shared by the terminal and the scripted mode: draw, read a key, handle it.</summary>
internal static class SessionLoop
{
    /// <summary>Runs until the coder quits, every unit is coded, or the input ends; returns whether the input ran out first.</summary>
    /// <exception cref="OperationCanceledException">Ctrl+C was pressed; every decision and memo confirmed so far is already saved.</exception>
    public static bool Run(SessionController controller, ISessionInput input, ISessionView view, CancellationToken cancellationToken = default)
    {
        controller.Fitted(view.Render(controller.View));
        while (!controller.IsOver)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input.Next(controller.WantsLine) is not { } key)
            {
                return true;
            }

            controller.Handle(key);
            controller.Fitted(view.Render(controller.View));
        }

        return false;
    }
}
