using ContentAnalysis.Core.Corpus;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Cli;

/// <summary>Messages of <c>qcat corpus exclude|include|remove|refresh</c>.</summary>
internal static partial class CliMessages
{
    /// <summary><c>corpus exclude</c> or <c>include</c> without units or pattern.</summary>
    public static Diagnostic NothingToExclude(string verb) =>
        Diagnostic.Error(CorpusDiagnostics.BadUnitSelection, $"name the units to {verb}, or pass --matching REGEX", hint: $"e.g. 'qcat corpus {verb} doc.p003 doc.p007' or 'qcat corpus {verb} --matching \"^Read \\d+ times$\"'");
}
