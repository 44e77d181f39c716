using ContentAnalysis.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, CliContext.ForProcess(), cancellation.Token).ConfigureAwait(false);
