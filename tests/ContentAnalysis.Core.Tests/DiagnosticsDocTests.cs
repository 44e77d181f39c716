using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Tests;

public sealed partial class DiagnosticsDocTests
{
    [Fact]
    public void DiagnosticsDoc_ListsEveryCodeInTheSourceAndNoOther()
    {
        var inSource = Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => QuotedCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var inDoc = DocRow().Matches(File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics.md"))).Select(m => m.Groups[1].Value).ToList();

        Assert.True(inSource.Count > 60, $"only {inSource.Count} codes found in src/");
        Assert.Equal(inDoc.Count, inDoc.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(inSource.Except(inDoc, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Empty(inDoc.Except(inSource, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("\"(QCA[0-9]{4})\"")]
    private static partial Regex QuotedCode();

    [GeneratedRegex(@"^\| (QCA[0-9]{4}) \|", RegexOptions.Multiline)]
    private static partial Regex DocRow();
}
