using BenchmarkDotNet.Attributes;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Benchmarks.Agreement;

/// <summary>The alpha bootstrap: 10,000 resamples on 10,000 units × 3 coders (latent-class data).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AlphaBootstrapBenchmarks
{
    private KrippendorffAnalysis _analysis = null!;

    [GlobalSetup]
    public void Setup() =>
        _analysis = KrippendorffAlpha.Analyze(AlphaLatentClassGenerator.Generate(10_000, 3), LevelOfMeasurement.Nominal);

    [Benchmark]
    public double? AlphaBootstrap10000() =>
        KrippendorffBootstrap.Run(_analysis, new KrippendorffBootstrapOptions(10_000, 1))?.CiLow;
}
