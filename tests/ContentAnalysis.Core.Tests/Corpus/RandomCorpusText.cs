using System.Text;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// Random document text made of the pieces the corpus code treats specially (blank lines, blanks, hyphens at
/// line ends, sentence ends, abbreviations, page numbers, form feeds, Markdown marks, footnote markers,
/// non-Latin letters), for property tests that compare an implementation with its reference.
/// </summary>
internal static class RandomCorpusText
{
    private static readonly string[] Pieces =
    [
        "a", "word", "Word", "WORD", "x", "I", "é", "É", "ß", "ǅ", "ǈ", "Карабах", "карта", "Qarabağ", "İ", "١٢", "😀", "\ud835\udd18",
        " ", " ", " ", "  ", "\t", "\u00A0", "\u2003", "\u2028", "\v", "\f", "\r", "\u0085",
        "\n", "\n", "\n", "\n\n", "\n \n", "\n\t\n", " \n", "\n ", "\n\n\n",
        "-", "-\n", "- \n", "-\t\n ", "–", "—", "- 12 -", "— 3 —",
        ".", ".", "!", "?", "...", "…", "?!", ". ", ". ", "! ", "? ", ".\"", ".”", ".’", ".)", ".]", "!»",
        "\"", "'", "“", "‘", "«", "(", ")", "[", "]",
        "Dr.", "dr.", "No.", "Nov.", "e.g.", "i.e.", "U.S.", "a.b.c.", "a..b.", "V.", "v.", "St.", "approx.", "3.5", "2,000", "2020",
        "12", "7", "Page 3", "page 3 of 40", "p. 7", "P.8", "[12]", "12 / 40", "12345",
        "#", "# ", "## ", "###### ", "####### ", "#tag", " #", "*", "**", "***", "_", "__", "snake_case", "`", "``",
        "[link](http://x.org/a_b)", "![img](i.png)", "<https://example.org>", "<mailto:a@b.c>", "[3](y)", "[4]:", "end.[5]", "word¹²", "x²",
        "- ", "* ", "+ ", "1. ", "12) ", "   - ", "    - ", "> ", ">", "  > ",
        "Running Header", "Running Header\n", "\nRunning Header\n",
    ];

    /// <summary>A text of <paramref name="pieces"/> random pieces.</summary>
    public static string Generate(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary><paramref name="count"/> texts of 0 to <paramref name="maxPieces"/> pieces from a fixed seed.</summary>
    public static IEnumerable<string> Many(int seed, int count, int maxPieces)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Generate(random, random.Next(maxPieces + 1));
        }
    }
}
