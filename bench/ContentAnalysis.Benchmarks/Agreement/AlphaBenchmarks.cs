using BenchmarkDotNet.Attributes;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Benchmarks.Agreement;

/// <summary>Alpha on 1,000,000 units × 5 coders, 10 values, 10% missing (latent-class data).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AlphaBenchmarks
{
    private ReliabilityData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = AlphaLatentClassGenerator.Generate(1_000_000, 5);

    [Benchmark]
    public double? AlphaNominal() => KrippendorffAlpha.Compute(_data, LevelOfMeasurement.Nominal).Value;

    [Benchmark]
    public double? AlphaInterval() => KrippendorffAlpha.Compute(_data, LevelOfMeasurement.Interval).Value;
}
