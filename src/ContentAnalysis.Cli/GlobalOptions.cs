using System.CommandLine;
using System.Diagnostics;

namespace ContentAnalysis.Cli;

/// <summary>Options every command accepts, created once per command tree, and the factories of shared option kinds.</summary>
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
    public static Option<OutputFormat> Format(params OutputFormat[] allowed) =>
        Choice("--format", "Output format", allowed, "-f");

    /// <summary>
    /// Creates an option taking one of <paramref name="allowed"/>, written in lower case; the first is the
    /// default and must be the enum's zero value (help shows it in lower case, not as the enum name).
    /// </summary>
    public static Option<TEnum> Choice<TEnum>(string name, string description, TEnum[] allowed, params string[] aliases)
        where TEnum : struct, Enum
    {
        // No DefaultValueFactory: help would print the enum name ("[default: Table]"). Unset, the value is
        // default(TEnum), which every list starts with.
        Debug.Assert(EqualityComparer<TEnum>.Default.Equals(allowed[0], default), "the default value must be the enum's zero value");
        var names = allowed.Select(Name).ToArray();
        var option = new Option<TEnum>(name, aliases)
        {
            Description = $"{description} (default: {names[0]})",
            HelpName = string.Join("|", names),
        };
        OptionValues.OneOf(option, allowed);
        return option;
    }

    /// <summary>
    /// Creates an option taking a list: comma-separated (<c>--coders a,b</c>), repeated (<c>--coders a --coders b</c>)
    /// or both. The value is the list of items, empty when the option is not given.
    /// </summary>
    public static Option<string[]> List(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description + " (comma-separated or repeated)",
        HelpName = "a,b,…",
        CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    /// <summary>How an enum value is written on the command line.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
