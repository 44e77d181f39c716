using System.Text;
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

    private static readonly string[] Sentences =
    [
        "Russia wore four hats during the 44-day war of 2020.",
        "Dr. Aliyev met V. Putin in Moscow on Nov. 10 to sign the trilateral statement.",
        "The U.S. and France, e.g. as Minsk Group co-chairs, were left aside.",
        "Roughly 2,000 peacekeepers were deployed for 5 years, i.e. until 2025.",
        "Was the truce of 10 October a success? It collapsed within hours...",
        "Trade grew by 3.5 percent, according to No. 4 of the ministry's bulletin.",
        "Ankara's support for Baku shaped the inter-\nnational reaction.",
    ];

    private string _root = string.Empty;
    private List<string> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "qcat-bench-import-" + Guid.NewGuid().ToString("N"));
        var sources = Directory.CreateDirectory(Path.Combine(_root, "sources")).FullName;
        var random = new Random(2022);
        for (var f = 0; f < FileCount; f++)
        {
            var text = new StringBuilder(FileBytes + 1000);
            while (text.Length < FileBytes)
            {
                var count = random.Next(2, 7);
                for (var s = 0; s < count; s++)
                {
                    text.Append(Sentences[random.Next(Sentences.Length)]).Append(s % 3 == 2 ? '\n' : ' ');
                }

                text.Append("\n\n");
            }

            var path = Path.Combine(sources, $"doc-{f:D3}.txt");
            File.WriteAllText(path, text.ToString());
            _files.Add(path);
        }
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
