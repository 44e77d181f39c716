namespace ContentAnalysis.Core.Exchange;

/// <summary>
/// The rule that maps a span coding to units (docs/exchange.md, docs/decisions.md): a unit gets the span's code when
/// the span covers at least half of the unit's text, or when the whole span lies inside the unit. Positions are code
/// points, end exclusive.
/// </summary>
internal static class UnitRule
{
    /// <summary>How many code points of the unit the span covers, when the rule gives the unit the code; else 0.</summary>
    public static int Coverage(int spanStart, int spanEnd, int unitStart, int unitEnd)
    {
        var overlap = Math.Min(spanEnd, unitEnd) - Math.Max(spanStart, unitStart);
        if (overlap <= 0)
        {
            return 0;
        }

        var inside = spanStart >= unitStart && spanEnd <= unitEnd;
        return inside || 2L * overlap >= unitEnd - unitStart ? overlap : 0;
    }
}
