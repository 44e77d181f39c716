using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Tests.Analysis;

public sealed partial class AnalysisBoundaryTests
{
    // Analysis builds on the codebook, the codings and the corpus only: it must not reach into agreement, sessions,
    // samples or the project model (the CLI opens the project and hands Analysis what it needs).
    [Fact]
    public void Analysis_UsesOnlyCodebooksCodingCorpusValuesDiagnosticsAndIo()
    {
        var allowed = new[] { "Analysis", "Codebooks", "Coding", "Corpus", "Values", "Diagnostics", "IO" };
        var offenders = Directory.EnumerateFiles(RepositoryRoot.Combine("src", "ContentAnalysis.Core", "Analysis"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => CoreReference().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Namespace: m.Groups[1].Value)))
            .Where(r => !allowed.Contains(r.Namespace, StringComparer.Ordinal))
            .Select(r => $"{r.File}: {r.Namespace}")
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"ContentAnalysis\.Core\.([A-Za-z]+(?:\.[A-Z][A-Za-z]+)?)")]
    private static partial Regex CoreReference();
}
