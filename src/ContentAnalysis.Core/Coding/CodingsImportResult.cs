using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Coding;

/// <summary>What <see cref="CodingsImporter.Import"/> appended, and warnings that did not stop it.</summary>
/// <param name="Records">The records appended to the journal.</param>
/// <param name="Warnings">Warnings, e.g. that the journal appended to was already damaged.</param>
public sealed record CodingsImportResult(IReadOnlyList<CodingRecord> Records, IReadOnlyList<Diagnostic> Warnings);
