using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>The findings of <see cref="IntegrityCheck"/>, one diagnostic each.</summary>
/// <param name="Findings">Errors and warnings, sorted by file and line; past the first of a code, one summary line (<see cref="Diagnostic.Omitted"/>).</param>
/// <param name="Documents">Documents checked.</param>
/// <param name="Units">Units checked.</param>
/// <param name="Coders">Journals checked.</param>
/// <param name="Codings">Codings checked.</param>
public sealed record IntegrityReport(IReadOnlyList<Diagnostic> Findings, int Documents, int Units, int Coders, int Codings)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.IsError);

    /// <summary>The number of errors, those a summary line stands for included.</summary>
    public int ErrorCount => DiagnosticBag.Tally(Findings).Errors;

    /// <summary>The number of warnings, those a summary line stands for included.</summary>
    public int WarningCount => DiagnosticBag.Tally(Findings).Warnings;
}
