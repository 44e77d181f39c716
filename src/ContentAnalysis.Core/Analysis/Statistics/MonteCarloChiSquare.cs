using MathNet.Numerics.Random;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// A Monte-Carlo p-value for Pearson's X² as R's <c>chisq.test(x, simulate.p.value = TRUE, B = 2000)</c>
/// (Hope 1968): B random tables with the observed margins (<see cref="RandomTable"/>), and
/// p = (1 + #{X²_b ≥ X²_obs}) / (B + 1). As in R, "≥" allows a relative tolerance of 64 machine epsilons so
/// that tables tied with the observed one count. Seeded, so the same table and seed give the same p.
/// </summary>
internal static class MonteCarloChiSquare
{
    /// <summary>R's default number of replicates.</summary>
    public const int DefaultReplicates = CrosstabOptions.DefaultReplicates;

    /// <summary>The seed used unless one is given.</summary>
    public const int DefaultSeed = CrosstabOptions.DefaultSeed;

    /// <summary>The simulated p-value; null for a table with fewer than two rows or columns.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replicates"/> is below 1.</exception>
    public static double? PValue(ContingencyTable table, int replicates = DefaultReplicates, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        if (table.Rows.Count < 2 || table.Columns.Count < 2)
        {
            return null;
        }

        var expected = ChiSquareTest.Expected(table);
        var observed = ChiSquareTest.Statistic(ChiSquareTest.Counts(table), expected);
        var threshold = (1 - (64 * MachineEpsilon)) * observed;
        var generator = new RandomTable(table.RowTotals, table.ColumnTotals, new MersenneTwister(seed, threadSafe: false));
        var random = new int[table.Rows.Count, table.Columns.Count];
        var atLeast = 0;
        for (var b = 0; b < replicates; b++)
        {
            generator.Next(random);
            if (ChiSquareTest.Statistic(random, expected) >= threshold)
            {
                atLeast++;
            }
        }

        return (1.0 + atLeast) / (replicates + 1.0);
    }

    // R's .Machine$double.eps (2^-52), not .NET's double.Epsilon (the smallest subnormal).
    private const double MachineEpsilon = 2.220446049250313e-16;
}
