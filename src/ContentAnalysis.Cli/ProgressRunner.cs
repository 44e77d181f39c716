using Spectre.Console;

namespace ContentAnalysis.Cli;

/// <summary>Runs long work with a progress bar on a terminal, silently otherwise.</summary>
internal static class ProgressRunner
{
    public static T Run<T>(CliContext context, string description, Func<IProgress<double>?, T> work)
    {
        if (!context.IsOutputTerminal)
        {
            return work(null);
        }

        T result = default!;
        context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(description, maxValue: 1.0);
                result = work(new Progress<double>(fraction => task.Value = Math.Clamp(fraction, 0, 1)));
                task.Value = 1.0;
            });
        return result;
    }
}
