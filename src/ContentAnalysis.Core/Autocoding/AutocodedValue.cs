using System.Globalization;
using System.Text;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Values;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// The dictionary's coding of one unit on one dimension and why: a single dimension gets the category with the most
/// hits (a tie goes to the one first in codebook order, and <see cref="Tie"/> says so), a multi dimension every
/// category with a hit; without a hit a required dimension gets <c>none</c>, an optional one <c>uncoded</c>.
/// </summary>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Values">The values written to the journal.</param>
/// <param name="Counts">The categories with at least one counted hit, in codebook order.</param>
/// <param name="Tie">Whether a single dimension had several categories with the most hits.</param>
/// <param name="Negated">How many matches on this dimension a negator cancelled.</param>
public sealed record AutocodedValue(string Dimension, IReadOnlyList<string> Values, IReadOnlyList<CategoryCount> Counts, bool Tie, int Negated)
{
    /// <summary>How every memo the dictionary writes starts; a journal whose codings all start so was written by <c>qcat autocode</c>.</summary>
    public const string MemoPrefix = "autocode:";

    /// <summary>The journal memo: <c>autocode: mediator 2, ally_of_armenia 1; tie, first in codebook order; negated 1</c>.</summary>
    public string Memo
    {
        get
        {
            var memo = new StringBuilder(MemoPrefix).Append(' ');
            memo.Append(Counts.Count == 0 ? "no indicator" : string.Join(", ", Counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Category} {c.Hits}"))));
            if (Tie)
            {
                memo.Append("; tie, first in codebook order");
            }

            if (Negated > 0)
            {
                memo.Append(CultureInfo.InvariantCulture, $"; negated {Negated}");
            }

            return memo.ToString();
        }
    }

    /// <summary>Decides <paramref name="dimension"/> from the hits of one unit (hits of other dimensions are ignored).</summary>
    public static AutocodedValue Decide(Dimension dimension, IEnumerable<IndicatorHit> hits)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(hits);
        var negated = 0;
        var starts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (hit.Indicator.Dimension != dimension.Id)
            {
                continue;
            }

            if (hit.IsNegated)
            {
                negated++;
                continue;
            }

            // A keyword and a pattern of one category matching at the same place count once.
            if (!starts.TryGetValue(hit.Indicator.Category, out var set))
            {
                starts[hit.Indicator.Category] = set = [];
            }

            set.Add(hit.Start);
        }

        var counts = dimension.AllCategories().Where(c => starts.ContainsKey(c.Id)).Select(c => new CategoryCount(c.Id, starts[c.Id].Count)).ToList();
        if (counts.Count == 0)
        {
            return new AutocodedValue(dimension.Id, [dimension.Required ? ReservedValues.None : ReservedValues.Uncoded], counts, false, negated);
        }

        if (dimension.Kind == DimensionKind.Multi)
        {
            return new AutocodedValue(dimension.Id, [.. counts.Select(c => c.Category)], counts, false, negated);
        }

        var most = counts.Max(c => c.Hits);
        var winners = counts.Where(c => c.Hits == most).ToList();
        return new AutocodedValue(dimension.Id, [winners[0].Category], counts, winners.Count > 1, negated);
    }
}
