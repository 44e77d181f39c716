using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Codebooks;

/// <summary>The outcome of loading a codebook: the model when there were no errors, and every diagnostic.</summary>
/// <param name="Codebook">The loaded codebook, or null when there were errors.</param>
/// <param name="Diagnostics">Errors and warnings, in file order.</param>
public sealed record CodebookLoadResult(Codebook? Codebook, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
