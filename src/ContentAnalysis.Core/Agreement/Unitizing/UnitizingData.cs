namespace ContentAnalysis.Core.Agreement;

/// <summary>
/// Reliability data for unitizing (Krippendorff et al. 2016): a continuum of <see cref="Length"/> positions and, per
/// coder, the units the coder identified on it. Units of one coder do not overlap; the positions no unit of a coder
/// covers are that coder's gaps. Several texts are one continuum laid end to end.
/// </summary>
public sealed class UnitizingData
{
    private UnitizingData(long length, IReadOnlyList<string> coders, IReadOnlyList<IReadOnlyList<MarkedUnit>> units)
    {
        Length = length;
        Coders = coders;
        Units = units;
    }

    /// <summary>The number of positions of the continuum.</summary>
    public long Length { get; }

    /// <summary>The coders, in the order given.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>Per coder (same order as <see cref="Coders"/>), the coder's units sorted by start.</summary>
    public IReadOnlyList<IReadOnlyList<MarkedUnit>> Units { get; }

    /// <summary>The number of units of all coders.</summary>
    public int UnitCount => Units.Sum(u => u.Count);

    /// <summary>Creates the data from each coder's units (a coder without units has only a gap).</summary>
    /// <param name="length">The length of the continuum (positive).</param>
    /// <param name="units">Per coder, the coder's units in any order.</param>
    /// <exception cref="ArgumentException">The continuum is empty, there are fewer than two coders, a unit lies outside the continuum, has an empty value or overlaps another unit of the same coder.</exception>
    public static UnitizingData Create(long length, IReadOnlyList<KeyValuePair<string, IReadOnlyList<MarkedUnit>>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (units.Count < 2)
        {
            throw new ArgumentException("unitizing needs at least two coders", nameof(units));
        }

        var sorted = new List<IReadOnlyList<MarkedUnit>>();
        foreach (var (coder, list) in units)
        {
            var ordered = list.OrderBy(u => u.Start).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var unit = ordered[i];
                if (unit.Start < 0 || unit.End <= unit.Start || unit.End > length || unit.Value.Length == 0)
                {
                    throw new ArgumentException($"unit {unit} of coder '{coder}' is not a non-empty valued part of [0, {length})", nameof(units));
                }

                if (i > 0 && ordered[i - 1].End > unit.Start)
                {
                    throw new ArgumentException($"units {ordered[i - 1]} and {unit} of coder '{coder}' overlap", nameof(units));
                }
            }

            sorted.Add(ordered);
        }

        return new UnitizingData(length, [.. units.Select(u => u.Key)], sorted);
    }
}
