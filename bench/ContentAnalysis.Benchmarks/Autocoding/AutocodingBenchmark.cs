using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ContentAnalysis.Core.Autocoding;

namespace ContentAnalysis.Benchmarks.Autocoding;

/// <summary>
/// Dictionary pre-coding of about 100 MB of text with 200 indicators on one core: matching every unit and deciding
/// every dimension (<see cref="Autocoder.Code"/>), text already in memory. Target: at least 30 MB/s, i.e. under 3.3 s.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AutocodingBenchmark
{
    private AutocodingWorkload _workload = null!;
    private DictionaryMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = AutocodingWorkload.Generate();
        _matcher = DictionaryMatcher.Create(_workload.Codebook);
        Console.WriteLine($"// {_workload.Units.Count} units, {_workload.Characters / 1e6:F1} MB, {_matcher.Indicators.Count} indicators");
    }

    [Benchmark]
    public int Autocode100MB()
    {
        var coded = 0;
        foreach (var (unit, text) in _workload.Units)
        {
            coded += Autocoder.Code(_matcher, unit, text).Values.Count;
        }

        return coded;
    }
}
