namespace ContentAnalysis.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth fixing, but the input can still be used.</summary>
    Warning,

    /// <summary>The input cannot be used until it is fixed.</summary>
    Error,
}
