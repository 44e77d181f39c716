namespace ContentAnalysis.Core.Sessions;

/// <summary>What <c>qcat progress</c> shows: per coder progress and, with two coders or more, running alphas.</summary>
/// <param name="Scope">The sample name, or <c>all</c>.</param>
/// <param name="Units">Units in scope.</param>
/// <param name="Coders">Per-coder progress, by coder name.</param>
/// <param name="Agreement">Per-dimension alpha (empty with fewer than two coders).</param>
public sealed record ProgressReport(string Scope, int Units, IReadOnlyList<CoderProgress> Coders, IReadOnlyList<DimensionAgreement> Agreement);
