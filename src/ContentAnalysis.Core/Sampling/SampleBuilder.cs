using MathNet.Numerics.Random;

namespace ContentAnalysis.Core.Sampling;

/// <summary>
/// Draws reliability samples: the size is allocated to strata in proportion to their sizes
/// (Hamilton's largest-remainder method), then each stratum is shuffled with a seeded Mersenne
/// Twister and its first units taken, so the same seed always gives the same sample.
/// </summary>
public static class SampleBuilder
{
    /// <summary>Draws a sample from <paramref name="population"/> (in corpus order).</summary>
    /// <param name="name">The sample's name.</param>
    /// <param name="population">Every unit that may be drawn, in corpus order.</param>
    /// <param name="size">How many units, or what percentage.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="stratify">The stratifier.</param>
    /// <exception cref="ArgumentOutOfRangeException">The size is below 1 or above the population.</exception>
    public static ReliabilitySample Create(string name, IReadOnlyList<SampleUnit> population, SampleSize size, int seed, SampleStratifier stratify)
    {
        ArgumentNullException.ThrowIfNull(population);
        var total = size.UnitsOf(population.Count);
        if (total < 1 || total > population.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"The sample size must be between 1 and {population.Count} units.");
        }

        var strata = population
            .Select((unit, index) => (unit, index))
            .GroupBy(p => StratumOf(p.unit, stratify), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(p => p.index).ToArray())
            .ToList();
        var allocation = Allocate([.. strata.Select(s => s.Length)], total);
        var random = new MersenneTwister(seed, threadSafe: false);
        var chosen = new List<int>(total);
        for (var s = 0; s < strata.Count; s++)
        {
            var members = strata[s];
            // Partial Fisher–Yates: only the first allocation[s] positions need to be drawn.
            for (var i = 0; i < allocation[s]; i++)
            {
                var j = i + random.Next(members.Length - i);
                (members[i], members[j]) = (members[j], members[i]);
                chosen.Add(members[i]);
            }
        }

        chosen.Sort();
        return new ReliabilitySample(name, size, seed, stratify, population.Count, [.. chosen.Select(i => population[i])]);
    }

    /// <summary>
    /// Splits <paramref name="total"/> across strata of the given sizes in proportion, by largest
    /// remainder; ties go to the larger stratum, then the earlier one.
    /// </summary>
    public static int[] Allocate(IReadOnlyList<int> sizes, int total)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var population = sizes.Sum();
        var result = new int[sizes.Count];
        // Integer arithmetic keeps equal remainders equal (no rounding noise in the tie-breaks).
        var remainders = new (long Remainder, int Size, int Index)[sizes.Count];
        var given = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            var scaled = (long)total * sizes[i];
            result[i] = (int)(scaled / population);
            given += result[i];
            remainders[i] = (scaled % population, sizes[i], i);
        }

        foreach (var (_, _, index) in remainders.OrderByDescending(r => r.Remainder).ThenByDescending(r => r.Size).ThenBy(r => r.Index).Take(total - given))
        {
            result[index]++;
        }

        return result;
    }

    private static string StratumOf(SampleUnit unit, SampleStratifier stratify) => stratify switch
    {
        SampleStratifier.Document => unit.Document,
        SampleStratifier.Period => unit.Period,
        _ => string.Empty,
    };
}
