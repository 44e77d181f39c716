using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>Drives a <see cref="ReconciliationSession"/> from a parsed script; a refused key or a failed check stops it with the script line.</summary>
public static class ReconciliationScriptRunner
{
    /// <summary>Runs <paramref name="steps"/>; returns true when the script ended before the session did.</summary>
    /// <param name="session">The session.</param>
    /// <param name="steps">The parsed script.</param>
    /// <param name="display">The script file as named in messages.</param>
    /// <param name="render">Called with the screen before the first step and after each key (the plain-text view), or null.</param>
    /// <param name="cancellationToken">Stops between steps; decisions made so far are saved.</param>
    /// <exception cref="InputException">A key is refused (QCA8005) or a check names another disagreement (QCA8006); decisions before that line are saved.</exception>
    public static bool Run(ReconciliationSession session, IReadOnlyList<ReconciliationScriptStep> steps, string display, Action<ReconciliationScreen>? render = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(steps);
        render?.Invoke(session.Screen);
        foreach (var step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (session.IsOver)
            {
                return false;
            }

            if (step.Key is not { } key)
            {
                var current = session.Current!;
                if (current.Unit.Id != step.Unit || current.Dimension.Id != step.Dimension)
                {
                    throw new InputException(ReconciliationDiagnostics.OutOfStep(display, step.Line, $"{step.Unit} {step.Dimension}", $"{current.Unit.Id} {current.Dimension.Id}"));
                }

                continue;
            }

            if (!session.Handle(key))
            {
                throw new InputException(ReconciliationDiagnostics.Refused(display, step.Line, key.ToString(), session.Screen.Message ?? "not accepted here"));
            }

            render?.Invoke(session.Screen);
        }

        return !session.IsOver;
    }
}
