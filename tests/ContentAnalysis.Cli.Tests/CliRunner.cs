namespace ContentAnalysis.Cli.Tests;

/// <summary>The outcome of one in-process <c>qcat</c> run.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the real command tree in-process against a folder.</summary>
internal static class CliRunner
{
    public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, string.Empty, args);

    public static CliResult RunWithInput(string workingDirectory, string input, params string[] args) => RunAt(CliContext.RedirectedWidth, workingDirectory, input, args);

    /// <summary>Runs with the console <paramref name="width"/> columns wide, as on a terminal of that size.</summary>
    public static CliResult RunAtWidth(int width, string workingDirectory, params string[] args) => RunAt(width, workingDirectory, string.Empty, args);

    private static CliResult RunAt(int width, string workingDirectory, string input, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = CliContext.ForTest(workingDirectory, output, error, input, width);
        var exitCode = CliApp.RunAsync(args, context).GetAwaiter().GetResult();
        return new CliResult(exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
