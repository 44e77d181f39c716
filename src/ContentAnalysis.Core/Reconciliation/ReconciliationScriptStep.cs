using ContentAnalysis.Core.Sessions;

namespace ContentAnalysis.Core.Reconciliation;

/// <summary>One step of a reconciliation script: a key, or a check that a given disagreement is on screen.</summary>
/// <param name="Line">The script line (for messages).</param>
/// <param name="Key">The key, or null for a check.</param>
/// <param name="Unit">For a check (<c>@ UNIT DIMENSION</c>): the unit expected on screen.</param>
/// <param name="Dimension">For a check: the dimension expected on screen.</param>
public sealed record ReconciliationScriptStep(int Line, SessionKey? Key, string? Unit = null, string? Dimension = null);
