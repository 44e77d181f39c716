namespace ContentAnalysis.Core.Diagnostics;

/// <summary>Where in a file a diagnostic points, for catalogue factories whose callers locate by a parser's node.</summary>
/// <param name="File">The file, if any.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
internal readonly record struct SourceLocation(string? File, int Line = 0, int Column = 0)
{
    /// <summary>An error at this location.</summary>
    public Diagnostic Error(string code, string message, string? hint = null) =>
        Diagnostic.Error(code, message, File, Line, Column, hint);

    /// <summary>A warning at this location.</summary>
    public Diagnostic Warning(string code, string message, string? hint = null) =>
        Diagnostic.Warning(code, message, File, Line, Column, hint);
}
