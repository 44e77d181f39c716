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

    /// <summary>The published procedure: M capped at 25 × the non-empty coincidence cells (2,500 here).</summary>
    [Benchmark]
    public double? AlphaBootstrap10000() =>
        KrippendorffBootstrap.Run(_analysis, new KrippendorffBootstrapOptions(10_000, 1))?.CiLow;

    /// <summary>Every pair drawn: M = 30,000 pairs per resample, 3·10⁸ draws in all.</summary>
    [Benchmark]
    public double? AlphaBootstrap10000Uncapped() =>
        KrippendorffBootstrap.Run(_analysis, new KrippendorffBootstrapOptions(10_000, 1, CapDraws: false))?.CiLow;
}
