using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Benchmarks.Autocoding;

/// <summary>
/// The dictionary pre-coding workload, generated from a fixed seed: a codebook with 200 indicators (2 dimensions, one
/// single and one multi, of 20 categories each; per category 3 keywords — a word, a word with <c>*</c>, a two-word
/// phrase — plus 2 patterns) and about 100 MB of paragraphs of pseudo-words in which about 1 word in 150 is a keyword
/// word, with commas, full stops and line breaks.
/// </summary>
public sealed class AutocodingWorkload
{
    private AutocodingWorkload(string yaml, Codebook codebook, List<(TextUnit Unit, string Text)> units)
    {
        Yaml = yaml;
        Codebook = codebook;
        Units = units;
        Characters = units.Sum(u => (long)u.Text.Length);
    }

    /// <summary>The generated codebook's YAML.</summary>
    public string Yaml { get; }

    /// <summary>The generated codebook.</summary>
    public Codebook Codebook { get; }

    /// <summary>The paragraphs with their units.</summary>
    public IReadOnlyList<(TextUnit Unit, string Text)> Units { get; }

    /// <summary>Characters of text in all units (ASCII, so also bytes).</summary>
    public long Characters { get; }

    /// <summary>Generates about <paramref name="bytes"/> of text and the codebook.</summary>
    public static AutocodingWorkload Generate(long bytes = 100_000_000, int seed = 2022)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 5000).Select(_ => Word(random)).Distinct(StringComparer.Ordinal).ToList();
        var keywordWords = new List<string>();
        var yaml = new StringBuilder("id: bench\ntitle: Bench\nversion: \"1\"\nnegation:\n  words: [not, never, without]\n  window: 3\ndimensions:\n");
        foreach (var (dimension, kind) in new[] { ("topic", "single"), ("frames", "multi") })
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {dimension}\n    label: L\n    question: Q?\n    kind: {kind}\n    categories:\n");
            for (var c = 0; c < 20; c++)
            {
                var words = Enumerable.Range(0, 6).Select(_ => "k" + Word(random) + Word(random)).ToList();
                keywordWords.AddRange(words);
                yaml.Append(CultureInfo.InvariantCulture, $"      - id: {dimension}_{c}\n        label: C\n        definition: d\n        examples: [e]\n        indicators:\n");
                yaml.Append(CultureInfo.InvariantCulture, $"          keywords: [{words[0]}, '{words[1][..^1]}*', {words[2]} {words[3]}]\n");
                yaml.Append(CultureInfo.InvariantCulture, $"          patterns: ['\\b{words[4]}s?\\b', '(?i)\\b{words[5]}\\W+\\w+\\W+{words[0]}\\b']\n");
            }
        }

        var codebook = CodebookLoader.Parse(yaml.ToString(), "bench.yaml").Codebook ?? throw new InvalidOperationException("the generated codebook does not load");
        var units = new List<(TextUnit, string)>();
        var total = 0L;
        var text = new StringBuilder();
        for (var p = 0; total < bytes; p++)
        {
            text.Clear();
            var length = random.Next(40, 160);
            for (var w = 0; w < length; w++)
            {
                var word = random.Next(150) == 0 ? keywordWords[random.Next(keywordWords.Count)] : random.Next(60) == 0 ? "not" : vocabulary[random.Next(vocabulary.Count)];
                text.Append(w == 0 || random.Next(12) == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                text.Append(random.Next(12) switch { 0 => ". ", 1 => ", ", 2 => "\n", _ => " " });
            }

            var unitText = text.ToString().TrimEnd();
            units.Add((new TextUnit($"doc{p / 100:D5}.p{p % 100:D3}", $"doc{p / 100:D5}", (p % 100) + 1, string.Empty, 0, unitText.Length, "h", string.Empty), unitText));
            total += unitText.Length;
        }

        return new AutocodingWorkload(yaml.ToString(), codebook, units);
    }

    private static string Word(Random random)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var syllables = random.Next(1, 4);
        var word = new StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            word.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            if (random.Next(3) == 0)
            {
                word.Append(consonants[random.Next(consonants.Length)]);
            }
        }

        return word.ToString();
    }
}
