using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Exchange;

/// <summary>A small project for the exchange tests: the minimal codebook, two documents (emoji before units), two coders.</summary>
internal static class QdpxProject
{
    public const string TextA = "Fares 😀 rise again next month.\n\nThe council cut the subsidy 🚌 for night buses.\n";

    public static readonly DateTimeOffset Time = new(2026, 11, 2, 9, 30, 15, 123, TimeSpan.Zero);

    public static ProjectLayout Create(TempDirectory temp)
    {
        temp.Write("codebooks/example-minimal.yaml", File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")));
        var a = temp.Write("in/a.txt", TextA);
        var b = temp.Write("in/b.txt", "Ticket prices stay the same.\n");
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [a, b], new CorpusImportOptions());
        var corpus = CorpusStore.Open(layout);
        var hash = CodebookHash(temp);
        CodingRecord Record(string coder, string unit, string dimension, string[] values, string memo, int seconds = 0) =>
            new(Time.AddSeconds(seconds), coder, unit, dimension, values, memo, hash, corpus.FindUnit(unit)!.Hash);
        var store = CodingStore.Open(layout);
        store.Append("anna", [
            Record("anna", "a.p001", "topic", ["fares"], "rise, not a freeze"),
            Record("anna", "a.p001", "tone", ["-1"], string.Empty),
            Record("anna", "a.p002", "topic", ["funding_cut"], string.Empty, 1),
            Record("anna", "b.p001", "topic", ["fares"], string.Empty, 2),
        ]);
        store.Append("ben", [
            Record("ben", "a.p001", "topic", ["none"], "no topic here"),
            Record("ben", "a.p002", "topic", ["funding"], string.Empty, 3),
            Record("ben", "a.p002", "tone", ["uncoded"], string.Empty, 3),
        ]);
        return layout;
    }

    private static string CodebookHash(TempDirectory temp) =>
        Core.Codebooks.CodebookLoader.LoadFile(Path.Combine(temp.Path, "codebooks", "example-minimal.yaml")).Codebook!.ContentHash;
}
