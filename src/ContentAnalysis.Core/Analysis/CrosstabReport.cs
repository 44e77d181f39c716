namespace ContentAnalysis.Core.Analysis;

/// <summary>A dimension cross-tabulated by a document field: one table (single, ordinal, interval) or one per category (multi).</summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="By">The field, e.g. <c>period</c>.</param>
/// <param name="Coder">Whose codings.</param>
/// <param name="Tables">The tables.</param>
public sealed record CrosstabReport(string Dimension, string By, string Coder, IReadOnlyList<CrosstabTable> Tables);
