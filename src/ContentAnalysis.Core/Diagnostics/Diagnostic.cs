using System.Globalization;
using System.Text;

namespace ContentAnalysis.Core.Diagnostics;

/// <summary>
/// A located message about a user's input: <c>file(line,col): error QCA1003: message (hint)</c>.
/// </summary>
/// <param name="Code">Stable code such as <c>QCA1003</c>; see <c>docs/diagnostics.md</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, quoting the offending value.</param>
/// <param name="File">The file the problem is in, if any.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Hint">How to fix it, if there is something useful to say.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0,
    string? Hint = null)
{
    /// <summary>
    /// Zero for an ordinary diagnostic; for the summary line a <see cref="DiagnosticBag"/> writes in place of the
    /// diagnostics of one code it left out, how many it left out.
    /// </summary>
    public int Omitted { get; init; }

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        new(code, DiagnosticSeverity.Error, message, file, line, column, hint);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, string? file = null, int line = 0, int column = 0, string? hint = null) =>
        new(code, DiagnosticSeverity.Warning, message, file, line, column, hint);

    /// <summary>Formats the diagnostic as one line, compiler style.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"({Line}");
                if (Column > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $",{Column}");
                }

                text.Append(')');
            }

            text.Append(": ");
        }

        text.Append(IsError ? "error " : "warning ").Append(Code).Append(": ").Append(Message);
        if (!string.IsNullOrEmpty(Hint))
        {
            text.Append(" (").Append(Hint).Append(')');
        }

        return text.ToString();
    }
}
