namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Names the period a document's date falls in. The default scheme is the example study's:
/// <c>prewar</c>, <c>war</c> (the 44-day war), <c>postwar</c> and <c>ukraine_war</c>.
/// </summary>
public sealed class PeriodScheme
{
    private readonly IReadOnlyList<(string Name, DateOnly Start)> _periods;

    /// <summary>Creates a scheme from periods given by their first day, in increasing order; the first period has no lower bound.</summary>
    /// <exception cref="ArgumentException">The list is empty or the start dates are not increasing.</exception>
    public PeriodScheme(IReadOnlyList<(string Name, DateOnly Start)> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            throw new ArgumentException("At least one period is required.", nameof(periods));
        }

        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].Start <= periods[i - 1].Start)
            {
                throw new ArgumentException("Period start dates must increase.", nameof(periods));
            }
        }

        _periods = periods;
    }

    /// <summary>The example study's periods: before, during and after the 2020 war, and since 24 February 2022.</summary>
    public static PeriodScheme Default { get; } = new(
    [
        ("prewar", DateOnly.MinValue),
        ("war", new DateOnly(2020, 9, 27)),
        ("postwar", new DateOnly(2020, 11, 11)),
        ("ukraine_war", new DateOnly(2022, 2, 24)),
    ]);

    /// <summary>The period names in order.</summary>
    public IEnumerable<string> Names => _periods.Select(p => p.Name);

    /// <summary>The period <paramref name="date"/> falls in.</summary>
    public string PeriodOf(DateOnly date)
    {
        var name = _periods[0].Name;
        foreach (var (periodName, start) in _periods)
        {
            if (date >= start)
            {
                name = periodName;
            }
        }

        return name;
    }
}
