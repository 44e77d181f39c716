using ContentAnalysis.Core.Autocoding;
using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Tests.Autocoding;

/// <summary>A small codebook with every kind of indicator, and helpers to match texts against it.</summary>
internal static class AutocodingCodebook
{
    public const string Yaml = """
        id: t
        title: T
        version: "1"
        negation:
          words: [not, never, "didn't"]
          window: 3
        dimensions:
          - id: role
            label: Role
            question: Q?
            kind: multi
            categories:
              - id: ally
                label: Ally
                definition: d
                examples: [e]
                indicators:
                  keywords: [CSTO, alliance treaty]
                  patterns: ['\bCSTO\b']
              - id: mediator
                label: Mediator
                definition: d
                examples: [e]
                indicators:
                  keywords: [mediat*, trilateral statement, co-chair]
          - id: stance
            label: Stance
            question: Q?
            kind: single
            categories:
              - id: warm
                label: Warm
                definition: d
                examples: [e]
                indicators:
                  keywords: [friend, partner*]
              - id: cold
                label: Cold
                definition: d
                examples: [e]
                indicators:
                  keywords: [rival, threat]
                  patterns: ['(?i)\bhostil\w*']
          - id: acronym
            label: Acronym
            question: Q?
            kind: single
            required: false
            categories:
              - id: us
                label: US
                definition: d
                examples: [e]
                indicators:
                  keywords: [US]
                  case_sensitive: true
              - id: other
                label: Other
                definition: d
                examples: [e]
          - id: tone
            label: Tone
            question: Q?
            kind: ordinal
            levels: [{value: 0, label: low}, {value: 1, label: high}]
        """;

    public static Codebook Load(string yaml = Yaml)
    {
        var result = CodebookLoader.Parse(yaml, "t.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Codebook!;
    }

    /// <summary>The codebook without its negation block.</summary>
    public static Codebook WithoutNegation() => Load(Yaml.Replace("negation:\n  words: [not, never, \"didn't\"]\n  window: 3\n", string.Empty, StringComparison.Ordinal));

    public static DictionaryMatcher Matcher(Codebook? codebook = null) => DictionaryMatcher.Create(codebook ?? Load());

    /// <summary>The hits as "category:matched@start" (with "!negator" when negated), in the matcher's order.</summary>
    public static List<string> Hits(string text, Codebook? codebook = null) =>
        [.. Matcher(codebook).Match(text).Select(h => $"{h.Indicator.Category}:{h.Matched}@{h.Start}" + (h.Negator is null ? string.Empty : "!" + h.Negator))];
}
