namespace ContentAnalysis.Core.Coding;

/// <summary>What a journal line does.</summary>
public enum CodingOperation
{
    /// <summary>Records the values of a unit × dimension (replacing earlier ones).</summary>
    Set,

    /// <summary>Removes the coding of a unit × dimension.</summary>
    Clear,

    /// <summary>
    /// Records a memo for a unit × dimension not yet decided (its values are empty); the next <see cref="Set"/> of that
    /// unit × dimension carries the memo, and a set or clear ends it.
    /// </summary>
    Memo,
}
