using ContentAnalysis.Core.Codebooks;

namespace ContentAnalysis.Core.Analysis;

/// <summary>
/// Unit-level co-occurrence of categories, within a multi dimension and across dimensions: counts, Jaccard,
/// lift and phi (Yule 1912; Agresti 2013, §2.4 for phi as Pearson's r of two binary variables).
/// Categories of one single dimension exclude each other, so pairs within a single dimension are not listed.
/// </summary>
public static class CooccurrenceAnalysis
{
    /// <summary>Every pair of categories of the category dimensions in <paramref name="dimensions"/>, in codebook order.</summary>
    public static IReadOnlyList<CooccurrencePair> Run(CodedCorpus corpus, IReadOnlyList<Dimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(dimensions);
        var categorical = dimensions.Where(d => d.IsCategorical).ToList();
        var pairs = new List<CooccurrencePair>();
        for (var i = 0; i < categorical.Count; i++)
        {
            for (var j = i; j < categorical.Count; j++)
            {
                if (i == j && categorical[i].Kind != DimensionKind.Multi)
                {
                    continue;
                }

                pairs.AddRange(Pairs(corpus, categorical[i], categorical[j]));
            }
        }

        return pairs;
    }

    private static IEnumerable<CooccurrencePair> Pairs(CodedCorpus corpus, Dimension first, Dimension second)
    {
        var units = corpus.Units
            .Select(u => (A: u.ValuesOn(first), B: u.ValuesOn(second)))
            .Where(p => p.A is not null && p.B is not null)
            .Select(p => (A: p.A!, B: p.B!))
            .ToList();
        var firstCategories = first.AllCategories().ToList();
        var secondCategories = second.AllCategories().ToList();
        for (var a = 0; a < firstCategories.Count; a++)
        {
            for (var b = first == second ? a + 1 : 0; b < secondCategories.Count; b++)
            {
                var (ca, cb) = (firstCategories[a].Id, secondCategories[b].Id);
                var countA = units.Count(u => u.A.Contains(ca, StringComparer.Ordinal));
                var countB = units.Count(u => u.B.Contains(cb, StringComparer.Ordinal));
                var both = units.Count(u => u.A.Contains(ca, StringComparer.Ordinal) && u.B.Contains(cb, StringComparer.Ordinal));
                yield return Measure(first.Id, ca, second.Id, cb, units.Count, countA, countB, both);
            }
        }
    }

    /// <summary>The measures for counts n, a, b, ab.</summary>
    public static CooccurrencePair Measure(string dimensionA, string categoryA, string dimensionB, string categoryB, int units, int countA, int countB, int both)
    {
        double n = units, a = countA, b = countB, ab = both;
        var either = a + b - ab;
        var phiDenominator = a * (n - a) * b * (n - b);
        return new CooccurrencePair(
            dimensionA,
            categoryA,
            dimensionB,
            categoryB,
            units,
            countA,
            countB,
            both,
            either > 0 ? ab / either : null,
            a > 0 && b > 0 ? ab * n / (a * b) : null,
            phiDenominator > 0 ? ((ab * n) - (a * b)) / Math.Sqrt(phiDenominator) : null);
    }
}
