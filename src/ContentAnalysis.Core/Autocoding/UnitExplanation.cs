using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>Why the dictionary coded one unit as it did: every match with its place, and the resulting values.</summary>
/// <param name="Unit">The unit id.</param>
/// <param name="Text">The unit's text.</param>
/// <param name="Hits">Every match, negated ones included, with line and column in the unit's text.</param>
/// <param name="Values">The decision per dimension.</param>
public sealed record UnitExplanation(string Unit, string Text, IReadOnlyList<ExplainedHit> Hits, IReadOnlyList<AutocodedValue> Values)
{
    /// <summary>Explains the coding of one unit.</summary>
    /// <exception cref="Diagnostics.InputException">A pattern ran away on the unit.</exception>
    public static UnitExplanation Create(DictionaryMatcher matcher, string unit, string text)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(text);
        var hits = matcher.Match(text, unit);
        var ordered = hits.OrderBy(h => h.Start).ThenBy(h => h.Indicator.Kind).ToList();
        var explained = ordered.Select(h =>
        {
            var (line, column) = Position(text, h.Start);
            return new ExplainedHit(h.Indicator.Dimension, h.Indicator.Category, h.Indicator.Kind.ToString().ToLowerInvariant(), h.Indicator.Text, h.Start, h.Length, line, column, h.Matched, h.Negator);
        }).ToList();
        return new UnitExplanation(unit, text, explained, [.. matcher.Dimensions.Select(d => AutocodedValue.Decide(d, hits))]);
    }

    /// <summary>Explains the coding of the unit <paramref name="unitId"/> of <paramref name="corpus"/>.</summary>
    /// <exception cref="Diagnostics.InputException">The corpus has no such unit, its text is missing, or a pattern ran away.</exception>
    public static UnitExplanation ForUnit(DictionaryMatcher matcher, CorpusStore corpus, string unitId)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var unit = corpus.FindUnit(unitId)
            ?? throw new Diagnostics.InputException(AutocodingDiagnostics.UnitNotFound(unitId, corpus.Units.Select(u => u.Id), corpus.Layout.Relative(CorpusStore.UnitsTablePath(corpus.Layout))));
        return Create(matcher, unit.Id, corpus.UnitText(unit));
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
