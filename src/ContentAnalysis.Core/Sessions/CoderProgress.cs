namespace ContentAnalysis.Core.Sessions;

/// <summary>How far one coder has come on a set of units.</summary>
/// <param name="Coder">The coder.</param>
/// <param name="Coded">Units with every dimension decided.</param>
/// <param name="Partial">Units with some but not all dimensions decided.</param>
/// <param name="Remaining">Units with no dimension decided yet; <c>Coded + Partial + Remaining</c> is the number of units in scope.</param>
public sealed record CoderProgress(string Coder, int Coded, int Partial, int Remaining);
