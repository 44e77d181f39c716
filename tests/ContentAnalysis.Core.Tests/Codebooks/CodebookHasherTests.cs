using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Codebooks;

public sealed class CodebookHasherTests
{
    private const string Original = """
        id: h
        title: Hash test
        version: "1"
        dimensions:
          - id: d
            label: D
            question: Q?
            kind: single
            categories:
              - id: a
                label: A
                definition: First meaning.
                examples: [ex]
          - id: s
            label: S
            question: How much?
            kind: ordinal
            levels:
              - {value: 0, label: low}
              - {value: 1, label: high}
        """;

    // The same codebook: keys reordered, comments, other quoting and block styles, different spacing.
    private const string Reformatted = """
        # A comment changes nothing.
        version: '1'
        dimensions:
          -   kind: single       # so does a trailing comment
              question: "Q?"
              id: d
              label: D
              categories:
                - label: A
                  id: a
                  examples:
                    - ex
                  definition: >
                    First meaning.

          - id: s
            label: "S"
            kind: ordinal
            question: How much?
            levels:
              - label: low
                value: 0.0
              - value: 1
                label: high
        title: "Hash test"
        id: h
        """;

    private static string Hash(string yaml)
    {
        var result = CodebookLoader.Parse(yaml, "h.yaml");
        Assert.Empty(result.Diagnostics);
        return result.Codebook!.ContentHash;
    }

    [Fact]
    public void Compute_Format_IsPrefixedSixteenHexDigits() =>
        Assert.Matches("^sha256:[0-9a-f]{16}$", Hash(Original));

    [Fact]
    public void Compute_KeyOrderCommentsWhitespaceAndQuoting_DoNotChangeTheHash() =>
        Assert.Equal(Hash(Original), Hash(Reformatted));

    [Fact]
    public void Compute_SourcePath_DoesNotChangeTheHash() =>
        Assert.Equal(CodebookLoader.Parse(Original, "a.yaml").Codebook!.ContentHash, CodebookLoader.Parse(Original, "elsewhere/b.yaml").Codebook!.ContentHash);

    [Theory]
    [InlineData("definition: First meaning.", "definition: Second meaning.")]
    [InlineData("{value: 1, label: high}", "{value: 2, label: high}")]
    [InlineData("examples: [ex]", "examples: [ex]\n        categories: [{id: a2, label: A2, definition: x, examples: [y]}]")]
    [InlineData("kind: single", "kind: multi")]
    [InlineData("examples: [ex]", "examples: [ex, another]")]
    public void Compute_ChangedMeaning_ChangesTheHash(string from, string to)
    {
        Assert.Contains(from, Original, StringComparison.Ordinal);
        Assert.NotEqual(Hash(Original), Hash(Original.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void Compute_ListOrder_ChangesTheHash()
    {
        var swapped = Original.Replace("- {value: 0, label: low}\n      - {value: 1, label: high}", "- {value: 0, label: high}\n      - {value: 1, label: low}", StringComparison.Ordinal);
        Assert.NotEqual(Hash(Original), Hash(swapped));
    }

    [Fact]
    public void Compute_ShippedExample_IsPinned()
    {
        // Pinned so an accidental change to the canonical form (which would orphan every recorded
        // coding's hash) fails loudly; update it only together with a note in docs/decisions.md.
        var codebook = CodebookLoader.LoadFile(RepositoryRoot.Combine("codebooks", "example-minimal.yaml")).Codebook!;
        Assert.Equal("sha256:2d24fcde80b0c365", codebook.ContentHash);
    }
}
