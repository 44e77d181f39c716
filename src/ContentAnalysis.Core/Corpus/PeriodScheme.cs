namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// The periods a project declares (in <c>qcat.yaml</c>): names the period a document's date falls in, and
/// tells whether a period given in front matter or a manifest is declared. A project without periods
/// assigns none.
/// </summary>
public sealed class PeriodScheme
{
    /// <summary>Creates a scheme from periods in increasing order of their first day.</summary>
    /// <exception cref="ArgumentException">The start dates do not increase, or an id occurs twice.</exception>
    public PeriodScheme(IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].Start <= periods[i - 1].Start)
            {
                throw new ArgumentException("Period start dates must increase.", nameof(periods));
            }
        }

        if (periods.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != periods.Count)
        {
            throw new ArgumentException("Period ids must be unique.", nameof(periods));
        }

        Periods = periods;
    }

    /// <summary>No periods: no document gets one.</summary>
    public static PeriodScheme None { get; } = new([]);

    /// <summary>The periods in order.</summary>
    public IReadOnlyList<Period> Periods { get; }

    /// <summary>The period ids in order.</summary>
    public IEnumerable<string> Ids => Periods.Select(p => p.Id);

    /// <summary>Whether <paramref name="id"/> is a declared period.</summary>
    public bool Contains(string id) => Periods.Any(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    /// <summary>The id of the last period starting on or before <paramref name="date"/>; empty when none does.</summary>
    public string PeriodOf(DateOnly date)
    {
        var id = string.Empty;
        foreach (var period in Periods)
        {
            if (date >= period.Start)
            {
                id = period.Id;
            }
        }

        return id;
    }
}
