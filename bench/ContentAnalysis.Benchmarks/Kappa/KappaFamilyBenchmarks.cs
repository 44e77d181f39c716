using BenchmarkDotNet.Attributes;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Benchmarks.Kappa;

/// <summary>
/// The whole kappa family (all coefficients with standard errors, AC2 in three weightings) on a
/// large synthetic study: 1,000,000 units × 5 coders, 5 values, 10% missing cells.
/// Run: <c>dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*KappaFamily*'</c>.
/// </summary>
[MemoryDiagnoser]
public class KappaFamilyBenchmarks
{
    private ReliabilityData _data = null!;

    [Params(1_000_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup() => _data = SyntheticStudy(Units, coders: 5, values: 5, seed: 20261122);

    [Benchmark]
    public IReadOnlyList<AgreementEstimate> ComputeAllOrdinal() =>
        KappaFamily.ComputeAll(_data, new KappaOptions { Level = LevelOfMeasurement.Ordinal });

    [Benchmark]
    public PairwiseAgreement Pairwise() => PairwiseAgreement.Compute(_data);

    /// <summary>Coders agree with a latent true value 70% of the time; 10% of cells are missing.</summary>
    public static ReliabilityData SyntheticStudy(int units, int coders, int values, int seed)
    {
        var random = new Random(seed);
        var cells = new int[units * coders];
        for (var u = 0; u < units; u++)
        {
            var truth = random.Next(values);
            for (var c = 0; c < coders; c++)
            {
                var roll = random.NextDouble();
                cells[(u * coders) + c] = roll < 0.1 ? ReliabilityData.Missing : roll < 0.8 ? truth : random.Next(values);
            }
        }

        var labels = Enumerable.Range(1, values).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new ReliabilityData(
            [.. Enumerable.Range(0, units).Select(u => "u" + u.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. Enumerable.Range(1, coders).Select(c => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            labels,
            cells,
            [.. Enumerable.Range(1, values).Select(v => (double)v)]);
    }
}
