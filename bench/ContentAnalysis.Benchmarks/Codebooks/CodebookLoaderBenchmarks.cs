using BenchmarkDotNet.Attributes;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Benchmarks.Codebooks;

/// <summary>Loading, validating and hashing the shipped example codebook; run on every qcat command that reads it.</summary>
[MemoryDiagnoser]
public class CodebookLoaderBenchmarks
{
    private string _yaml = string.Empty;
    private Codebook _codebook = null!;

    [GlobalSetup]
    public void Setup()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentAnalysis.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository root not found"), "codebooks", "russia-south-caucasus.yaml");
        _yaml = File.ReadAllText(path);
        _codebook = CodebookLoader.Parse(_yaml, path).Codebook ?? throw new InvalidOperationException("the shipped codebook has errors");
    }

    [Benchmark]
    public CodebookLoadResult Parse() => CodebookLoader.Parse(_yaml, "russia-south-caucasus.yaml");

    [Benchmark]
    public string Hash() => CodebookHasher.Compute(_codebook);

    [Benchmark]
    public string Markdown() => CodebookMarkdownWriter.Write(_codebook);
}
