using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>
/// Imports 50 MB of generated text (50 files of 1 MB) with sentence units into a fresh project.
/// Target: at least 20 MB/s, i.e. under 2.5 s per operation.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CorpusImportBenchmark
{
    private const int FileCount = 50;
    private const int FileBytes = 1_000_000;

    private string _root = string.Empty;
    private List<string> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "qcat-bench-import-" + Guid.NewGuid().ToString("N"));
        _files = CorpusGenerator.Write(Path.Combine(_root, "sources"), FileCount, FileBytes);
    }

    [IterationSetup]
    public void Clean()
    {
        var data = Path.Combine(_root, "data");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Benchmark]
    public int ImportSentences() =>
        CorpusImporter.Import(new ProjectLayout(_root), _files, new CorpusImportOptions { UnitKind = UnitKind.Sentence }).Sum(o => o.UnitCount);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);
}
