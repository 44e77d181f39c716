using System.CommandLine;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Projects;
using Spectre.Console;

namespace ContentAnalysis.Cli;

/// <summary>
/// Everything a command may touch outside its arguments: the streams, the terminal, the working
/// folder. Tests create one over string writers; the process creates one over the console.
/// </summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TextReader input, IAnsiConsole console, bool isOutputTerminal, bool isInputTerminal, string workingDirectory)
{
    /// <summary>Table width when standard output is not a terminal (and <c>COLUMNS</c> is not set).</summary>
    public const int RedirectedWidth = 120;

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Standard input.</summary>
    public TextReader In { get; } = input;

    /// <summary>Spectre console writing to <see cref="Out"/> (colour only on a terminal).</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>Whether standard output is a terminal.</summary>
    public bool IsOutputTerminal { get; } = isOutputTerminal;

    /// <summary>Whether standard input is a terminal.</summary>
    public bool IsInputTerminal { get; } = isInputTerminal;

    /// <summary>The folder relative paths are resolved against.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The options shared by all commands; set when the command tree is built.</summary>
    public GlobalOptions Globals { get; } = new();

    /// <summary>The clock reports read their run date from (fixed in tests).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A context over the real console.</summary>
    public static CliContext ForProcess()
    {
        var isTerminal = !System.Console.IsOutputRedirected;
        var colour = isTerminal && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal && !System.Console.IsInputRedirected ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        if (!isTerminal)
        {
            // Redirected output has no width to respect; 80 columns would wrap every table.
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : RedirectedWidth;
        }

        return new CliContext(System.Console.Out, System.Console.Error, System.Console.In, console, isTerminal, !System.Console.IsInputRedirected, Environment.CurrentDirectory);
    }

    /// <summary>A context over string writers for tests: no colour, not a terminal, fixed width.</summary>
    public static CliContext ForTest(string workingDirectory, StringWriter output, StringWriter error, string input = "", int width = RedirectedWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        return new CliContext(output, error, new StringReader(input), console, isOutputTerminal: false, isInputTerminal: false, workingDirectory)
        {
            Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)),
        };
    }

    /// <summary>The project layout chosen with <c>--project</c>, or the working folder.</summary>
    public ProjectLayout Layout(ParseResult parseResult)
    {
        var project = parseResult.GetValue(Globals.Project);
        // The folder as typed, resolved against the working folder (a DirectoryInfo's full name uses the process's).
        return new ProjectLayout(project is null ? WorkingDirectory : Resolve(project.ToString()));
    }

    /// <summary>
    /// Opens the project chosen with <c>--project</c> (or the working folder): every command gets its
    /// settings, codebook, corpus, codings and samples this way.
    /// </summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="codebook">The <c>--codebook</c> value, if the command has the option: a path relative to the working folder, or a file name or id in <c>codebooks/</c>.</param>
    public Project OpenProject(ParseResult parseResult, string? codebook = null)
    {
        var layout = Layout(parseResult);
        if (codebook is not null && File.Exists(Resolve(codebook)))
        {
            // A path typed on the command line is relative to where the user stands, not to the project.
            codebook = Resolve(codebook);
        }

        return Project.Open(layout, codebook);
    }

    /// <summary>Resolves a path the user typed against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>Prints diagnostics to standard error, one line each (bounded: the first of each code, then a count); returns whether any was an error.</summary>
    public bool Report(IEnumerable<Diagnostic> diagnostics)
    {
        var anyError = false;
        foreach (var diagnostic in DiagnosticBag.Bound(diagnostics))
        {
            anyError |= diagnostic.IsError;
            Error.WriteLine(diagnostic.ToString());
        }

        return anyError;
    }

    /// <summary>Prints a one-line error message to standard error, prefixed with <c>qcat: </c>.</summary>
    public void Fail(string message) => Error.WriteLine("qcat: " + message);
}
