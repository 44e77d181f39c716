using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class UnitBootstrapTests
{
    // Reference: a naive bootstrap over units written here independently of the engine: resample the rows with
    // System.Random, build each resample's coincidence matrix by looping over ordered coder pairs (Krippendorff
    // 2011, o_ck = Σ_u Σ_{i≠j} [v_i = c][v_j = k]/(m_u − 1)) and take nominal alpha = 1 − (n − 1)(n − Σ o_cc)/(n² − Σ n_c²).
    // Both use 4,000 resamples. Tolerance: the Monte-Carlo standard deviation of a 2.5% percentile of B resamples is
    // about sqrt(p(1 − p)/B)/φ(1.96) · SE = 0.043·SE, so the difference of two independent runs has SD 0.061·SE;
    // we allow 5 of those, 0.3·SE, and the same for the standard errors (their relative MC error is about 1/sqrt(2B)).
    [Fact]
    public void Run_RandomNominalData_MatchesNaiveResamplingWithinMonteCarloError()
    {
        var data = ClosedFormAlphaTests.Random(11, 150, 3, 4, missingShare: 0.1);
        var options = new KrippendorffBootstrapOptions(4000, 3, Method: BootstrapMethod.Units);

        var result = UnitBootstrap.Run(data, LevelOfMeasurement.Nominal, options, null, CancellationToken.None)!;
        var (low, high, se) = Naive(data, 4000, new Random(99));

        Assert.Equal(BootstrapMethod.Units, result.Method);
        Assert.InRange(result.CiLow, low - (0.3 * se), low + (0.3 * se));
        Assert.InRange(result.CiHigh, high - (0.3 * se), high + (0.3 * se));
        Assert.InRange(result.StandardError, se * 0.9, se * 1.1);
    }

    [Fact]
    public void Estimate_UnitsMethod_SameSeedSameIntervalAndAlphaOfTheData()
    {
        var data = KrippendorffExamples.FourCodersTwelveUnits();
        var options = new KrippendorffBootstrapOptions(1000, 5, Method: BootstrapMethod.Units);

        var first = KrippendorffBootstrap.Estimate(data, LevelOfMeasurement.Interval, options);
        var second = KrippendorffBootstrap.Estimate(data, LevelOfMeasurement.Interval, options with { MaxDegreeOfParallelism = 1 });

        Assert.Equal(0.849, first.Value!.Value, 3);
        Assert.Equal(first, second);
        Assert.True(first.CiLow < first.Value && first.Value < first.CiHigh);
    }

    private static (double Low, double High, double Se) Naive(ReliabilityData data, int resamples, Random random)
    {
        var rows = Enumerable.Range(0, data.UnitCount)
            .Select(u => data.Row(u).ToArray().Where(v => v != ReliabilityData.Missing).ToArray())
            .Where(r => r.Length >= 2)
            .ToArray();
        var alphas = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var o = new double[data.ValueCount, data.ValueCount];
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[random.Next(rows.Length)];
                for (var a = 0; a < row.Length; a++)
                {
                    for (var b = 0; b < row.Length; b++)
                    {
                        if (a != b)
                        {
                            o[row[a], row[b]] += 1.0 / (row.Length - 1);
                        }
                    }
                }
            }

            double n = 0, diagonal = 0, squares = 0;
            for (var c = 0; c < data.ValueCount; c++)
            {
                double nc = 0;
                for (var k = 0; k < data.ValueCount; k++)
                {
                    nc += o[c, k];
                }

                n += nc;
                diagonal += o[c, c];
                squares += nc * nc;
            }

            alphas[r] = 1 - ((n - 1) * (n - diagonal) / ((n * n) - squares));
        }

        Array.Sort(alphas);
        var mean = alphas.Average();
        var se = Math.Sqrt(alphas.Sum(a => (a - mean) * (a - mean)) / (resamples - 1));
        return (alphas[(int)Math.Ceiling(0.025 * resamples) - 1], alphas[(int)Math.Ceiling(0.975 * resamples) - 1], se);
    }
}
