using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>Span codings read from one or more span files, with every problem found in them.</summary>
/// <param name="Coders">The coders read, sorted by name (a coder whose file holds no valid row is still listed).</param>
/// <param name="Spans">The valid rows, in file order per coder.</param>
/// <param name="Diagnostics">One diagnostic per damaged row or file problem, with file and line; such rows are not in <paramref name="Spans"/>.</param>
public sealed record CodedSpans(IReadOnlyList<string> Coders, IReadOnlyList<CodedSpan> Spans, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
