using System.Globalization;

namespace ContentAnalysis.Cli;

/// <summary>The command line's own messages, in one place: what an option expects, the pointer to help.</summary>
internal static partial class CliMessages
{
    /// <summary>What a whole-number option expects.</summary>
    public const string WholeNumber = "a whole number";

    /// <summary>What a decimal-number option expects.</summary>
    public const string Number = "a number";

    /// <summary><c>option '--seed' expects a whole number, not 'x'</c>.</summary>
    public static string Expects(string option, string expected, string value) =>
        string.Format(CultureInfo.InvariantCulture, "option '{0}' expects {1}, not '{2}'", option, expected, value);

    /// <summary><c>one of table, json, csv</c>, for <see cref="Expects"/>.</summary>
    public static string OneOf(IEnumerable<string> values) => "one of " + string.Join(", ", values);

    /// <summary>A usage error line: <c>error: … (see 'qcat agree --help')</c>.</summary>
    public static string UsageError(string message, string commandPath) =>
        string.Format(CultureInfo.InvariantCulture, "error: {0} (see '{1} --help')", message, commandPath);
}
