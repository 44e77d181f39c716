namespace ContentAnalysis.Core.Coding;

/// <summary>Lines coders up by unit and dimension ordinal, for the commands that compare or count them at scale.</summary>
internal static class CodingJoin
{
    /// <summary>
    /// The coders with one numbering of units and dimensions: as they are when loaded from one <see cref="CodingStore"/>,
    /// renumbered otherwise (coders from a training store and the study's, say).
    /// </summary>
    public static (CodingKeys Keys, IReadOnlyList<CoderCodings> Coders) Align(IReadOnlyList<CoderCodings> coders)
    {
        ArgumentNullException.ThrowIfNull(coders);
        if (coders.Count == 0)
        {
            return (new CodingKeys(), coders);
        }

        var keys = coders[0].Folded.Keys;
        if (coders.All(c => ReferenceEquals(c.Folded.Keys, keys)))
        {
            return (keys, coders);
        }

        var shared = new CodingKeys();
        return (shared, [.. coders.Select(c => new CoderCodings(c.Coder, c.JournalFile, c.Folded.Rekey(shared), c.Diagnostics))]);
    }

    /// <summary>Which unit ordinals are among <paramref name="units"/> (null: every unit).</summary>
    public static bool[]? Filter(CodingKeys keys, IReadOnlySet<string>? units)
    {
        if (units is null)
        {
            return null;
        }

        var filter = new bool[keys.UnitCount];
        foreach (var unit in units)
        {
            var ordinal = keys.FindUnit(unit);
            if (ordinal >= 0)
            {
                filter[ordinal] = true;
            }
        }

        return filter;
    }

    /// <summary>Whether <paramref name="unit"/> passes <paramref name="filter"/>.</summary>
    public static bool Passes(bool[]? filter, int unit) => filter is null || (unit < filter.Length && filter[unit]);
}
