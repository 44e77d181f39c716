using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Reporting;

/// <summary>What rendering a template gave: the text (null on error) and every problem found.</summary>
/// <param name="Text">The rendered text, or null when the template has errors.</param>
/// <param name="Source">Where the template came from: the override's path, or <c>&lt;built-in&gt;/NAME.liquid</c>.</param>
/// <param name="Diagnostics">Syntax errors, unknown variables, members and filters, rendering failures.</param>
public sealed record TemplateResult(string? Text, string Source, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the template rendered without errors.</summary>
    public bool Succeeded => Text is not null && !Diagnostics.Any(d => d.IsError);
}
