using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>The findings of <see cref="IntegrityCheck"/>, one diagnostic each.</summary>
/// <param name="Findings">Errors and warnings, sorted by file and line.</param>
/// <param name="Documents">Documents checked.</param>
/// <param name="Units">Units checked.</param>
/// <param name="Coders">Journals checked.</param>
/// <param name="Codings">Codings checked.</param>
public sealed record IntegrityReport(IReadOnlyList<Diagnostic> Findings, int Documents, int Units, int Coders, int Codings)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.IsError);

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Findings.Count(f => f.IsError);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Findings.Count(f => !f.IsError);
}
