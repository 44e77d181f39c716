using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Tests.Codebooks;

/// <summary>A small valid codebook the validation tests break one way at a time, and helpers to load it.</summary>
internal static class CodebookYaml
{
    // Line numbers matter to the tests: 'id: d' is on line 5, category 'a' starts on line 10, 'b' on line 14.
    public const string Valid = """
        id: t
        title: T
        version: "1"
        dimensions:
          - id: d
            label: D
            question: Q?
            kind: single
            categories:
              - id: a
                label: A
                definition: Def a.
                examples: [ex]
              - id: b
                label: B
                definition: Def b.
                examples: [ex]
        """;

    public static CodebookLoadResult Load(string yaml) => CodebookLoader.Parse(yaml, "test.yaml");

    /// <summary>Loads the YAML and returns its only diagnostic, failing if there are none or several.</summary>
    public static Diagnostic Single(string yaml)
    {
        var result = Load(yaml);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(result.Codebook is null == diagnostic.IsError, "a codebook must be null exactly when there are errors");
        return diagnostic;
    }

    public static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }
}
