using System.Reflection;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Codebooks;

/// <summary>Keeps docs/codebook-format.md honest: its example loads and its code table is complete.</summary>
public sealed class CodebookFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryRoot.Combine("docs", "codebook-format.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Doc_YamlExample_IsTheShippedFileAndLoadsCleanly()
    {
        const string fence = "```yaml\n";
        var start = Doc.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        var example = Doc[start..Doc.IndexOf("```", start, StringComparison.Ordinal)];
        var file = File.ReadAllText(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(file, example);
        var result = CodebookLoader.Parse(example, "docs/codebook-format.md");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Codebook!.Dimensions.Count);
    }

    [Fact]
    public void Doc_DiagnosticTable_ListsEveryCode()
    {
        var codes = typeof(CodebookDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Contains($"\n| {code} |", Doc, StringComparison.Ordinal));
    }
}
