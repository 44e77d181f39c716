using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Coding;
using ContentAnalysis.Core.Diagnostics;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// Precision, recall and F1 of the dictionary's codings against a reference coder's (usually <c>gold</c>), per
/// category at unit level, with micro and macro averages per dimension and the units behind every error.
/// </summary>
/// <param name="Coder">The dictionary's coder name.</param>
/// <param name="Reference">The reference coder.</param>
/// <param name="Dimensions">One evaluation per dimension.</param>
public sealed record AutocodingEvaluation(string Coder, string Reference, IReadOnlyList<DimensionEvaluation> Dimensions)
{
    /// <summary>
    /// Compares <paramref name="predicted"/> with <paramref name="reference"/> on <paramref name="dimensions"/>, over the
    /// units in <paramref name="unitOrder"/> (corpus order; a sample's units when one is chosen). A unit counts on a
    /// dimension when the reference coded it (<c>uncoded</c> is missing and left out) and the dictionary coded it;
    /// <c>none</c> and <c>uncoded</c> from the dictionary are the empty set of categories.
    /// </summary>
    public static AutocodingEvaluation Evaluate(IReadOnlyList<Dimension> dimensions, CoderCodings predicted, CoderCodings reference, IReadOnlyList<string> unitOrder)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(unitOrder);
        return new AutocodingEvaluation(predicted.Coder, reference.Coder, [.. dimensions.Select(d => Evaluate(d, predicted, reference, unitOrder))]);
    }

    /// <summary>
    /// Loads <paramref name="coder"/>'s and <paramref name="reference"/>'s journals from <paramref name="store"/> and
    /// compares them on the matcher's dimensions over <paramref name="unitOrder"/>.
    /// </summary>
    /// <exception cref="InputException">The reference coder or the dictionary coder has no journal, or a journal is damaged.</exception>
    public static AutocodingEvaluation Evaluate(CodingStore store, IReadOnlyList<Dimension> dimensions, string coder, string reference, IReadOnlyList<string> unitOrder)
    {
        ArgumentNullException.ThrowIfNull(store);
        var coders = store.Coders;
        var folder = store.Layout.Relative(store.Layout.CodingsDirectory);
        if (!coders.Contains(reference, StringComparer.Ordinal))
        {
            store.JournalPath(reference);
            throw new InputException(AutocodingDiagnostics.ReferenceNotFound(reference, coders, folder));
        }

        if (!coders.Contains(coder, StringComparer.Ordinal))
        {
            store.JournalPath(coder);
            throw new InputException(AutocodingDiagnostics.DictionaryNotRun(coder, folder));
        }

        return Evaluate(dimensions, store.Load(coder), store.Load(reference), unitOrder);
    }

    private static DimensionEvaluation Evaluate(Dimension dimension, CoderCodings predicted, CoderCodings reference, IReadOnlyList<string> unitOrder)
    {
        var categories = dimension.AllCategories().ToList();
        var tp = new int[categories.Count];
        var fp = categories.Select(_ => new List<string>()).ToList();
        var fn = categories.Select(_ => new List<string>()).ToList();
        int units = 0, notAutocoded = 0;
        foreach (var unit in unitOrder)
        {
            var truth = reference.Get(unit, dimension.Id);
            if (truth is null || ReservedValues.IsMissing(truth.Values, categorical: true))
            {
                continue;
            }

            var guess = predicted.Get(unit, dimension.Id);
            if (guess is null)
            {
                notAutocoded++;
                continue;
            }

            units++;
            for (var c = 0; c < categories.Count; c++)
            {
                var id = categories[c].Id;
                var inTruth = truth.Values.Contains(id, StringComparer.Ordinal);
                var inGuess = guess.Values.Contains(id, StringComparer.Ordinal);
                if (inTruth && inGuess)
                {
                    tp[c]++;
                }
                else if (inGuess)
                {
                    fp[c].Add(unit);
                }
                else if (inTruth)
                {
                    fn[c].Add(unit);
                }
            }
        }

        var scores = categories.Select((c, i) => new CategoryScore(c.Id, c.Label, tp[i], fp[i].Count, fn[i].Count, fp[i], fn[i])).ToList();
        return new DimensionEvaluation(dimension.Id, dimension.Kind.ToString().ToLowerInvariant(), units, notAutocoded, scores, AverageScores.Micro(scores), AverageScores.Macro(scores));
    }
}
