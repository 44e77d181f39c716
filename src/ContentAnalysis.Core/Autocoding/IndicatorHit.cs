namespace ContentAnalysis.Core.Autocoding;

/// <summary>One place where an indicator matched a unit's text.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Start">Offset of the match in the unit's text (UTF-16 code units).</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Matched">The matched text.</param>
/// <param name="Negator">The negator found within the window before the match (the match then does not count), or null.</param>
public sealed record IndicatorHit(Indicator Indicator, int Start, int Length, string Matched, string? Negator)
{
    /// <summary>Whether a negator stands within the window before the match, so it does not count.</summary>
    public bool IsNegated => Negator is not null;
}
