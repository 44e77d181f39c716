namespace ContentAnalysis.Core.Corpus;

/// <summary>A period a project compares documents by, declared under <c>periods:</c> in <c>qcat.yaml</c>.</summary>
/// <param name="Id">The period's id, written to <c>documents.csv</c> and <c>units.csv</c>.</param>
/// <param name="Label">A readable name (may be empty).</param>
/// <param name="Start">The period's first day; it lasts until the next period starts.</param>
public sealed record Period(string Id, string Label, DateOnly Start);
