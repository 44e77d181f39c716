using System.Globalization;
using ContentAnalysis.Core;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Cli.Tests;

/// <summary>The shipped example data: rebuilt from its sources it equals what is committed, and it has the shape data/README.md promises.</summary>
public sealed class ExampleDataTests
{
    private static readonly string[] Coders = ["anna", "ben", "chen"];

    [Fact]
    public void Sources_ImportedWithManifest_GiveTheCommittedCorpusAndCodings()
    {
        using var project = ExampleProject.Copy();
        foreach (var derived in new[] { "data/documents.csv", "data/units.csv" })
        {
            File.Delete(Path.Combine(project.Path, derived));
        }

        Directory.Delete(Path.Combine(project.Path, "data/documents"), recursive: true);
        Directory.Delete(Path.Combine(project.Path, "data/codings"), recursive: true);
        var sources = Directory.EnumerateFiles(Path.Combine(project.Path, "data/sources"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(project.Path, f)).ToArray();

        var import = CliRunner.Run(project.Path, ["corpus", "import", "--meta", "data/manifest.csv", .. sources]);
        Assert.Equal((0, ""), (import.ExitCode, import.Error));
        Assert.Equal(WithoutImportTime("data/documents.csv", RepositoryRoot.Path), WithoutImportTime("data/documents.csv", project.Path));
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("data/units.csv")), File.ReadAllText(Path.Combine(project.Path, "data/units.csv")));
        foreach (var text in Directory.EnumerateFiles(RepositoryRoot.Combine("data/documents")))
        {
            Assert.Equal(File.ReadAllText(text), File.ReadAllText(Path.Combine(project.Path, "data/documents", Path.GetFileName(text))));
        }

        foreach (var coder in Coders)
        {
            Assert.Equal(0, CliRunner.Run(project.Path, "codings", "import", $"data/import/{coder}.csv", "--coder", coder).ExitCode);
        }

        // The gold coding is reconciled from these journals (data/reconcile/gold-script.txt), not imported.
        Assert.Equal(CliRunner.Run(RepositoryRoot.Path, "codings", "export", "--coder", "anna,ben,chen").Out, CliRunner.Run(project.Path, "codings", "export").Out);

        // The import CSVs leave the optional relations_tone empty where it does not apply; the import records 'uncoded'
        // there, so demo, progress and a resumed session all count each of anna's 80 units as coded.
        var anna = CodingStore.Open(new ProjectLayout(project.Path)).Load("anna");
        Assert.All(CorpusStore.Open(new ProjectLayout(project.Path)).Units, unit => Assert.NotNull(anna.Get(unit.Id, "relations_tone")));
        Assert.Equal(15, anna.Units.Values.Count(dimensions => dimensions["relations_tone"].Values is ["uncoded"]));
        Assert.Equal((0, "checked 6 document(s), 80 unit(s), 608 coding(s) by 3 coder(s): 0 error(s), 0 warning(s)\n"), (CliRunner.Run(project.Path, "check").ExitCode, CliRunner.Run(project.Path, "check").Out));
    }

    [Fact]
    public void Data_ThreeCodersOnASampleWithRealisticDisagreements()
    {
        var layout = new ProjectLayout(RepositoryRoot.Path);
        var corpus = CorpusStore.Open(layout);
        Assert.InRange(corpus.Documents.Count, 5, 6);
        Assert.InRange(corpus.Units.Count, 60, 100);
        Assert.Equal(["postwar", "prewar", "ukraine_war", "war"], corpus.Documents.Select(d => d.Metadata.Period).Distinct().Order(StringComparer.Ordinal));

        var store = CodingStore.Open(layout);
        Assert.Equal(Coders, store.IndependentCoders);
        Assert.Equal([.. Coders, "gold"], store.Coders);
        var codings = Coders.Select(c => store.Load(c)).ToArray();
        var sample = File.ReadAllLines(RepositoryRoot.Combine("data/import/reliability-sample.csv")).Skip(1).ToList();
        Assert.True(sample.Count >= 30, $"reliability sample has {sample.Count} units");
        string[] nominal = ["russia_role", "azerbaijan_strategy", "russia_tactic"];
        Assert.All(sample, unit => Assert.All(codings, c => Assert.All(nominal, d => Assert.NotNull(c.Get(unit, d)))));
        Assert.All(corpus.Units, unit => Assert.NotNull(codings[0].Get(unit.Id, "russia_role")));
        Assert.All(codings[1..], c => Assert.Equal(sample.Order(StringComparer.Ordinal), c.Units.Keys.Order(StringComparer.Ordinal)));

        // Disagreements on every dimension, but not everywhere; tone off by exactly one step somewhere.
        foreach (var dimension in nominal.Append("relations_tone"))
        {
            var disagreements = sample.Count(u => codings.Select(c => Value(c, u, dimension)).Distinct().Count() > 1);
            Assert.InRange(disagreements, 2, sample.Count / 2);
        }

        Assert.Contains(sample, u => codings.Select(c => Value(c, u, "relations_tone")).Where(v => v.Length > 0).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList() is { Count: > 1 } tones && tones.Max() - tones.Min() == 1);
        Assert.Contains("illustrative", File.ReadAllText(RepositoryRoot.Combine("data/README.md")), StringComparison.Ordinal);
    }

    // The committed gold coding is what the committed script gives (time stamps aside): every reason is in the script.
    [Fact]
    public void Gold_ReconciledByTheCommittedScript_GivesTheCommittedGoldCoding()
    {
        using var project = ExampleProject.Copy();
        File.Delete(Path.Combine(project.Path, "data/codings/gold.csv"));

        var result = CliRunner.Run(project.Path, "reconcile", "--coders", "anna,ben,chen", "--script", "data/reconcile/gold-script.txt");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains("gold: 109 accepted automatically, 35 of 35 disagreement(s) decided\n", result.Out, StringComparison.Ordinal);
        static IEnumerable<string> WithoutTime(string path) => File.ReadLines(path).Skip(1).Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(WithoutTime(RepositoryRoot.Combine("data/codings/gold.csv")), WithoutTime(Path.Combine(project.Path, "data/codings/gold.csv")));
    }

    private static string Value(CoderCodings coder, string unit, string dimension) =>
        coder.Get(unit, dimension) is { } value ? string.Join(';', value.Values.Order(StringComparer.Ordinal)) : string.Empty;

    private static List<string> WithoutImportTime(string table, string root) =>
        [.. File.ReadAllLines(Path.Combine(root, table)).Select(line => line[..line.LastIndexOf(',')])];
}
