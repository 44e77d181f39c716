using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>Unitizing agreement per dimension, with every problem found in the span codings.</summary>
/// <param name="Dimensions">One result per dimension, in codebook order (none when there are errors).</param>
/// <param name="Diagnostics">The problems of the span files and of their spans against the corpus and codebook.</param>
public sealed record SpanAgreementReport(IReadOnlyList<SpanDimensionAgreement> Dimensions, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
