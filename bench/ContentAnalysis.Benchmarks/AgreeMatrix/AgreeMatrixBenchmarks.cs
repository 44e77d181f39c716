using BenchmarkDotNet.Attributes;
using ContentAnalysis.Benchmarks.Agreement;
using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Benchmarks.AgreeMatrix;

/// <summary>
/// The two stages of <c>qcat agree --matrix</c> on the 1,000,000 × 5 latent-class CSV (with a unit column, CRLF):
/// reading the file into a <see cref="ReliabilityData"/>, and every coefficient at the nominal level.
/// dotnet run -c Release --project bench/ContentAnalysis.Benchmarks -- --filter '*AgreeMatrix*'
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AgreeMatrixBenchmarks
{
    private string _path = string.Empty;
    private ReliabilityData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "qcat-bench-matrix-" + Guid.NewGuid().ToString("N") + ".csv");
        AlphaLatentClassGenerator.WriteCsv(AlphaLatentClassGenerator.Generate(1_000_000, 5), _path);
        _data = ReadMatrix();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public ReliabilityData ReadMatrix() =>
        ReliabilityMatrixReader.ReadFile(_path, new ReliabilityMatrixReadOptions(false, false, null));

    [Benchmark]
    public AgreementReport AnalyzeNominal() =>
        AgreementAnalyzer.Analyze("m.csv", _data, LevelOfMeasurement.Nominal, new AgreementOptions());
}
