namespace ContentAnalysis.Cli.Tests;

/// <summary>The outcome of one in-process <c>qcat</c> run.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the real command tree in-process against a folder.</summary>
internal static class CliRunner
{
    public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, string.Empty, args);

    public static CliResult RunWithInput(string workingDirectory, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = CliContext.ForTest(workingDirectory, output, error, input);
        var exitCode = CliApp.RunAsync(args, context).GetAwaiter().GetResult();
        return new CliResult(exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
