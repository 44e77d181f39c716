namespace ContentAnalysis.Core.Sessions;

/// <summary>The order units are presented in.</summary>
public enum SessionOrder
{
    /// <summary>Document by document, units in reading order.</summary>
    Document,

    /// <summary>A seeded shuffle (the same seed gives the same order, so resuming finds its place).</summary>
    Random,
}
