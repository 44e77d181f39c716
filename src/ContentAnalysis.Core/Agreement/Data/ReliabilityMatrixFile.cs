using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Agreement;

/// <summary>A reliability matrix as read from a spreadsheet, with what the reader decided about its layout.</summary>
/// <param name="Data">The matrix.</param>
/// <param name="UnitColumn">The header of the column taken as unit ids (empty for an unnamed first column), or null when units are numbered by row or the layout is transposed.</param>
/// <param name="Warnings">Problems that do not stop the analysis, such as a column mixing numbers and labels.</param>
public sealed record ReliabilityMatrixFile(ReliabilityData Data, string? UnitColumn, IReadOnlyList<Diagnostic> Warnings);
