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

    /// <summary>The command was cancelled (Ctrl+C) before it finished.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Which column of a <c>--matrix</c> file was taken as unit ids (an unnamed first column has no name to quote).</summary>
    public static string UnitColumnTaken(string file, string header, int coders) =>
        string.Format(CultureInfo.InvariantCulture, "{0}: unit ids from the first column{1}; {2} coder columns", file, header.Length == 0 ? " (no header)" : $" '{header}'", coders);

    /// <summary>A coding session stopped by Ctrl+C.</summary>
    public const string CodingInterrupted = "interrupted; every answer made so far is saved";

    /// <summary>A reconciliation session stopped by Ctrl+C.</summary>
    public const string ReconcilingInterrupted = "interrupted; every decision made so far is saved";

    /// <summary>Ctrl+C during the import's last phase, too late to stop it.</summary>
    public const string ImportCompletedDespiteCancel = "the import completed: Ctrl+C came while it was saving, too late to stop it (the corpus is consistent)";

    /// <summary><c>autocode --evaluate --explain</c>.</summary>
    public const string EvaluateWithExplain = "--evaluate and --explain cannot be combined (usage: qcat autocode --evaluate, or qcat autocode --explain UNIT)";

    /// <summary><c>autocode --against</c> without <c>--evaluate</c>.</summary>
    public const string AgainstWithoutEvaluate = "--against belongs to --evaluate (usage: qcat autocode --evaluate --against NAME)";

    /// <summary><c>codebook validate</c> without files in a project without codebooks.</summary>
    public const string NoCodebooksToValidate = "no codebook files in codebooks/; pass the files to check";

    /// <summary>An unexpected exception as one line (the trace follows with <c>--verbose</c>).</summary>
    public static string InternalError(Exception exception, bool verbose) =>
        $"internal error: {exception.GetType().Name}: {exception.Message}" + (verbose ? string.Empty : " (run with --verbose or QCAT_VERBOSE=1 for details)");

    /// <summary>An import refused as a whole because some files were refused.</summary>
    public static string NothingImported(int files) =>
        string.Create(CultureInfo.InvariantCulture, $"nothing was imported ({files} files): an import is all or nothing, so fix the file(s) named above or leave them out");

    /// <summary><c>codebook show</c> of a codebook with errors.</summary>
    public static string CodebookHasErrors(string display) =>
        $"{display}: the codebook has errors; run 'qcat codebook validate {display}'";

    /// <summary>A usage error line: <c>error: … (see 'qcat agree --help')</c>.</summary>
    public static string UsageError(string message, string commandPath) =>
        string.Format(CultureInfo.InvariantCulture, "error: {0} (see '{1} --help')", message, commandPath);
}
