using System.CommandLine;
using System.Diagnostics;

namespace ContentAnalysis.Cli;

/// <summary>Options every command accepts, created once per command tree.</summary>
internal sealed class GlobalOptions
{
    /// <summary>The project folder (default: the current folder).</summary>
    public Option<DirectoryInfo?> Project { get; } = new("--project", "-C")
    {
        Description = "Project folder holding codebooks/, data/ and reports/ (default: the current folder)",
        Recursive = true,
    };

    /// <summary>Print full exception details.</summary>
    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show full details of unexpected errors",
        Recursive = true,
    };

    /// <summary>Creates a <c>--format</c> option limited to <paramref name="allowed"/>.</summary>
    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        // No DefaultValueFactory: help would print the enum name ("[default: Table]"). Unset, the value is
        // default(OutputFormat), Table, which every command's list starts with.
        Debug.Assert(allowed[0] == default(OutputFormat), "the default format must be the enum's zero value");
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = $"Output format (default: {allowed[0].ToString().ToLowerInvariant()})",
            HelpName = string.Join("|", allowed.Select(f => f.ToString().ToLowerInvariant())),
        };
        OptionValues.OneOf(option, allowed);
        return option;
    }
}
