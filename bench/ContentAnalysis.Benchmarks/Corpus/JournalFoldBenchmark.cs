using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ContentAnalysis.Core.Coding;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>Folds a 1,000,000-line coding journal (20,000 units × 4 dimensions, rewritten many times). Target: under 2 s.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class JournalFoldBenchmark
{
    private const int Lines = 1_000_000;
    private static readonly string[] Dimensions = ["russia_role", "azerbaijan_strategy", "russia_tactic", "relations_tone"];
    private static readonly string[] Values = ["mediator", "ally_of_armenia;mediator", "none", "multi_vector_balancing", "-1", "2"];

    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "qcat-bench-journal-" + Guid.NewGuid().ToString("N") + ".csv");
        var random = new Random(2022);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using var writer = new StreamWriter(_path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', CodingJournal.Columns) + "\n");
        for (var i = 0; i < Lines; i++)
        {
            var time = start.AddSeconds(i).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            var unit = $"doc-{random.Next(200):D3}.p{random.Next(1, 101):D3}";
            var op = random.Next(50) == 0 ? "clear" : "set";
            var memo = random.Next(10) == 0 ? "\"a memo, with a comma\"" : string.Empty;
            writer.Write($"{time},anna,{unit},{Dimensions[i % 4]},{(op == "set" ? Values[random.Next(Values.Length)] : string.Empty)},{memo},3f2a9c0d1b7e4a55,0123456789abcdef,{op}\n");
        }
    }

    [Benchmark]
    public int Fold() => CodingJournal.Fold(_path, "anna", "anna.csv").Count;

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);
}
