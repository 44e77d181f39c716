namespace ContentAnalysis.Core.Exchange;

/// <summary>What <c>qcat export qdpx</c> wrote.</summary>
/// <param name="Documents">Text sources (documents).</param>
/// <param name="Coders">Users (coders).</param>
/// <param name="Selections">Plain-text selections (one per coded unit and coder).</param>
/// <param name="Codings">Codings (one per category or level).</param>
public sealed record QdpxExport(int Documents, int Coders, int Selections, int Codings);
