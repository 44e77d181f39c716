using System.Text.RegularExpressions;

namespace ContentAnalysis.Core.Corpus;

/// <summary>
/// Tells a page's article from its boilerplate block by block, after jusText (Pomikálek 2011, ch. 4) and Readability:
/// each block is first judged on its own by link density, length and sentence form, then short and borderline
/// blocks take the verdict of their neighbours; a heading is kept when article text follows it.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Above this share of link text a block is navigation or a list of links.</summary>
    private const double MaxLinkDensity = 0.4;

    /// <summary>A block of this many words or more is article text on its own.</summary>
    private const int LongWords = 25;

    /// <summary>A sentence-like block of this many words or more is article text.</summary>
    private const int SentenceWords = 10;

    /// <summary>Below this many words a block is short (a byline, a caption, a button).</summary>
    private const int ShortWords = 7;

    /// <summary>How many blocks after a heading its article text may begin (a byline and a date lie between).</summary>
    private const int HeadingReach = 4;

    private enum Verdict
    {
        Bad,
        Short,
        NearGood,
        Good,
    }

    /// <summary>The blocks that are the article, in order.</summary>
    public static List<PageBlock> Keep(IReadOnlyList<PageBlock> blocks)
    {
        var verdicts = blocks.Select(Judge).ToArray();
        var final = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            final[i] = verdicts[i] switch
            {
                Verdict.Good => true,

                // A short sentence ("Yes.") between article paragraphs belongs to them; a caption or a label does not.
                Verdict.Short => EndsSentence(blocks[i].Text) && Neighbour(verdicts, i, -1) == Verdict.Good && Neighbour(verdicts, i, 1) == Verdict.Good,
                Verdict.NearGood => Neighbour(verdicts, i, -1) == Verdict.Good || Neighbour(verdicts, i, 1) == Verdict.Good,
                _ => false,
            };
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].IsHeading && verdicts[i] != Verdict.Bad)
            {
                final[i] = ArticleFollows(blocks, final, i);
            }
        }

        return [.. blocks.Where((_, i) => final[i])];
    }

    private static Verdict Judge(PageBlock block)
    {
        if (block.LinkDensity > MaxLinkDensity || Furniture().IsMatch(block.Text))
        {
            return Verdict.Bad;
        }

        if (block.IsHeading)
        {
            return Verdict.Short;
        }

        var words = block.Words;
        return words >= LongWords || (words >= SentenceWords && EndsSentence(block.Text)) ? Verdict.Good
            : words < ShortWords ? Verdict.Short
            : Verdict.NearGood;
    }

    // The article text a heading introduces starts within a few blocks, before the next heading.
    private static bool ArticleFollows(IReadOnlyList<PageBlock> blocks, bool[] kept, int heading)
    {
        for (var j = heading + 1; j < blocks.Count && j <= heading + HeadingReach; j++)
        {
            if (blocks[j].IsHeading)
            {
                return false;
            }

            if (kept[j])
            {
                return true;
            }
        }

        return false;
    }

    private static Verdict Neighbour(Verdict[] verdicts, int i, int step)
    {
        // Short blocks are looked through: a caption between two paragraphs does not cut them apart.
        for (var j = i + step; j >= 0 && j < verdicts.Length; j += step)
        {
            if (verdicts[j] != Verdict.Short)
            {
                return verdicts[j];
            }
        }

        return Verdict.Bad;
    }

    private static bool EndsSentence(string text) => text.TrimEnd('"', '\'', '”', '’', ')', '»') is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?' or '…' or ':';

    // Lines every page repeats whatever its length: view counters, share and print buttons, copyright.
    [GeneratedRegex(@"^(read|viewed|views?:?)\s*[\d,.]+\s*(times)?$|^(share|print|e-?mail|tweet)( this)?( article| page)?$|^(newsletter|subscribe|sign up)\b|^(©|copyright\b)|all rights reserved|^(tags?|related( publications| articles| posts)?|read more|more from)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
