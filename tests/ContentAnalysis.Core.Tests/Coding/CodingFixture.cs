using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Coding;

/// <summary>A temporary project with a two-document corpus (d1: 3 units, d2: 1 unit).</summary>
internal sealed class CodingFixture : IDisposable
{
    public CodingFixture()
    {
        var a = Temp.Write("src/d1.md", "# Intro\n\nOne.\n\nTwo.\n\nThree.\n");
        var b = Temp.Write("src/d2.txt", "Only unit.\n");
        CorpusImporter.Import(Layout, [a, b], new CorpusImportOptions());
    }

    public TempDirectory Temp { get; } = new();

    public ProjectLayout Layout => new(Temp.Path);

    public CorpusStore Corpus => CorpusStore.Open(Layout);

    public CodingStore Codings => CodingStore.Open(Layout);

    public CodingRecord Record(string coder, string unit, string dimension, params string[] values) =>
        new(DateTimeOffset.UnixEpoch, coder, unit, dimension, values, "", "cb-hash-1", Corpus.FindUnit(unit)?.Hash ?? "0000000000000000");

    public void Dispose() => Temp.Dispose();
}
