namespace ContentAnalysis.Core.Agreement;

/// <summary>One unit a coder identified on a continuum: the positions <c>[Start, End)</c> with a value.</summary>
/// <param name="Start">The first position (0-based).</param>
/// <param name="End">The position after the last one (exclusive; greater than <paramref name="Start"/>).</param>
/// <param name="Value">The value (category) the coder assigned to the unit; never empty.</param>
public sealed record MarkedUnit(long Start, long End, string Value)
{
    /// <summary>The number of positions the unit covers.</summary>
    public long Length => End - Start;
}
