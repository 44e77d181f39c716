namespace ContentAnalysis.Core.Naming;

/// <summary>Finds the nearest known word to a misspelt one, for "did you mean" hints in any message.</summary>
public static class EditDistance
{
    /// <summary>
    /// The optimal-string-alignment distance between two strings (case-sensitive): Levenshtein's
    /// insertions, deletions and substitutions, plus the swap of two adjacent letters as one edit,
    /// because swapped letters (<c>titel</c>, <c>lable</c>) are the commonest typing slip.
    /// </summary>
    public static int Between(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidate closest to <paramref name="word"/> if it is close enough to be a typo
    /// (at most a third of its letters differ, and never more than three); otherwise null.
    /// For many words against the same candidates, build one <see cref="NameIndex"/> instead.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates) => new NameIndex(candidates).Suggest(word);

    /// <summary>A hint "did you mean 'x'?" or null when nothing is close.</summary>
    public static string? DidYouMean(string word, IEnumerable<string> candidates) => new NameIndex(candidates).DidYouMean(word);
}
