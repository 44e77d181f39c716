using ContentAnalysis.Core.Analysis;
using MathNet.Numerics.Random;

namespace ContentAnalysis.Core.Tests.Analysis.Statistics;

public sealed class MonteCarloChiSquareTests
{
    [Fact]
    public void Next_RandomTables_KeepTheMargins()
    {
        var rows = new[] { 5, 0, 12, 7 };
        var columns = new[] { 3, 9, 4, 8 };
        var generator = new RandomTable(rows, columns, new MersenneTwister(1, threadSafe: false));
        var table = new int[4, 4];
        for (var i = 0; i < 500; i++)
        {
            generator.Next(table);
            for (var r = 0; r < 4; r++)
            {
                Assert.Equal(rows[r], Enumerable.Range(0, 4).Sum(c => table[r, c]));
            }

            for (var c = 0; c < 4; c++)
            {
                Assert.Equal(columns[c], Enumerable.Range(0, 4).Sum(r => table[r, c]));
            }

            Assert.True(table.Cast<int>().All(x => x >= 0));
        }
    }

    // Products of counts above 2^31 must not overflow (the build checks integer overflow).
    [Fact]
    public void Next_LargeMargins_KeepTheMargins()
    {
        var generator = new RandomTable([60_000, 40_000, 50_000], [70_000, 80_000], new MersenneTwister(5, threadSafe: false));
        var table = new int[3, 2];

        generator.Next(table);

        Assert.Equal([60_000, 40_000, 50_000], Enumerable.Range(0, 3).Select(r => table[r, 0] + table[r, 1]));
        Assert.Equal(70_000, table[0, 0] + table[1, 0] + table[2, 0]);
    }

    // Under fixed margins n_11 of TeaTasting is hypergeometric: P(0…4) = 1, 16, 36, 16, 1 over 70.
    // 70,000 draws: each frequency within 4 standard errors of its probability.
    [Fact]
    public void Next_TeaTastingMargins_FollowTheHypergeometricDistribution()
    {
        var generator = new RandomTable([4, 4], [4, 4], new MersenneTwister(7, threadSafe: false));
        var table = new int[2, 2];
        var counts = new int[5];
        const int draws = 70_000;
        for (var i = 0; i < draws; i++)
        {
            generator.Next(table);
            counts[table[0, 0]]++;
        }

        double[] probabilities = [1 / 70.0, 16 / 70.0, 36 / 70.0, 16 / 70.0, 1 / 70.0];
        for (var x = 0; x < 5; x++)
        {
            var se = Math.Sqrt(probabilities[x] * (1 - probabilities[x]) / draws);
            Assert.InRange(counts[x] / (double)draws, probabilities[x] - (4 * se), probabilities[x] + (4 * se));
        }
    }

    // For TeaTasting, X² grows with |n_11 − 2|, so the exact permutation p of X² is P(n_11 ∈ {0, 1, 3, 4}) = 34/70
    // = 0.4857, Fisher's p in R's ?fisher.test. The simulated p must land within 4 standard errors of it.
    [Fact]
    public void PValue_TeaTasting_ApproachesTheExactPermutationP()
    {
        const int replicates = 20_000;
        var p = MonteCarloChiSquare.PValue(Tables.TeaTasting(), replicates, seed: 11)!.Value;

        var se = Math.Sqrt(34.0 / 70 * (36.0 / 70) / replicates);
        Assert.InRange(p, (34.0 / 70) - (4 * se), (34.0 / 70) + (4 * se));
    }

    [Fact]
    public void PValue_SameSeed_SameResult_AndBoundedByOneOverBPlusOne()
    {
        var table = Tables.Make(new[,] { { 1, 2, 0, 4 }, { 3, 0, 2, 1 }, { 0, 1, 5, 0 } });

        var first = MonteCarloChiSquare.PValue(table)!.Value;
        var second = MonteCarloChiSquare.PValue(table)!.Value;

        Assert.Equal(first, second);
        Assert.InRange(first, 1.0 / 2001, 1.0);
        // p · (B + 1) − 1 counts the simulated tables: a whole number.
        var count = (first * 2001) - 1;
        Assert.Equal(Math.Round(count), count, 1e-6);
    }

    // The most extreme table its margins allow: no simulated X² exceeds it, but the observed table itself
    // recurs with probability 1/C(8, 4) = 1/70, so p ≈ (1 + B/70) / (B + 1), far below the asymptotic p.
    [Fact]
    public void PValue_ExtremeTable_IsSmall()
    {
        var p = MonteCarloChiSquare.PValue(Tables.Make(new[,] { { 4, 0 }, { 0, 4 } }), 20_000, seed: 3)!.Value;

        Assert.InRange(p, 0.02857 - 0.008, 0.02857 + 0.008);
    }
}
