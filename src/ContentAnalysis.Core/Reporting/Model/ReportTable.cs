namespace ContentAnalysis.Core.Reporting;

/// <summary>A ready-made table of plain-text cells (the template escapes them with <c>| md</c>).</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Header">The header row.</param>
/// <param name="Rows">The body rows, each as long as the header.</param>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<ReportRow> Rows);

/// <summary>One body row of a <see cref="ReportTable"/>.</summary>
/// <param name="Cells">The cells, as plain text.</param>
public sealed record ReportRow(IReadOnlyList<string> Cells);
