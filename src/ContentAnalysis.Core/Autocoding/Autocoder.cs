using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>Applies a compiled dictionary to units of the corpus.</summary>
public static class Autocoder
{
    /// <summary>Codes one unit whose text is <paramref name="text"/>.</summary>
    /// <exception cref="Diagnostics.InputException">A pattern ran away on the unit.</exception>
    public static AutocodedUnit Code(DictionaryMatcher matcher, TextUnit unit, string text)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(unit);
        var hits = matcher.Match(text, unit.Id);
        return new AutocodedUnit(unit, [.. matcher.Dimensions.Select(d => AutocodedValue.Decide(d, hits))]);
    }

    /// <summary>
    /// Codes every unit of <paramref name="corpus"/> (or only <paramref name="units"/>), in corpus order, reading each
    /// document's text once; reports the fraction of characters done.
    /// </summary>
    /// <exception cref="Diagnostics.InputException">A document's text is missing or a pattern ran away.</exception>
    public static IReadOnlyList<AutocodedUnit> Run(DictionaryMatcher matcher, CorpusStore corpus, IReadOnlySet<string>? units = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(corpus);
        var chosen = corpus.Units.Where(u => units is null || units.Contains(u.Id)).ToList();
        var total = Math.Max(1L, chosen.Sum(u => (long)u.Length));
        var done = 0L;
        var coded = new List<AutocodedUnit>(chosen.Count);
        foreach (var document in chosen.GroupBy(u => u.DocumentId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = corpus.ReadText(document.Key);
            foreach (var unit in document)
            {
                coded.Add(Code(matcher, unit, unit.TextIn(text)));
                done += unit.Length;
            }

            progress?.Report((double)done / total);
        }

        return coded;
    }
}
