using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Corpus;

/// <summary>What an import did with one document.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="File">The file it came from (as named in messages).</param>
/// <param name="Status"><c>added</c>, <c>updated</c> or <c>unchanged</c>.</param>
/// <param name="UnitCount">The number of units.</param>
/// <param name="StaleCodings">Codings whose unit changed or disappeared (only with <see cref="CorpusImportOptions.Force"/>).</param>
public sealed record DocumentImportOutcome(string DocumentId, string File, string Status, int UnitCount, int StaleCodings)
{
    /// <summary>Warnings about the document that did not stop its import, e.g. an unknown front matter key.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>What <c>--repair</c> changed, or null when it did not run.</summary>
    public RepairLog? Repairs { get; init; }
}
