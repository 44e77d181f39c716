namespace ContentAnalysis.Core.Coding;

/// <summary>What a journal line does.</summary>
public enum CodingOperation
{
    /// <summary>Records the values of a unit × dimension (replacing earlier ones).</summary>
    Set,

    /// <summary>Removes the coding of a unit × dimension.</summary>
    Clear,
}
