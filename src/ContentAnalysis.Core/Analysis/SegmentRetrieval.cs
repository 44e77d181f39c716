using System.Text.RegularExpressions;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Analysis;

/// <summary>Retrieves the coded units behind a count, in corpus order, with their text and the coder's memo.</summary>
public static class SegmentRetrieval
{
    /// <summary>How long <c>--matching</c> may take on one unit before it counts as a runaway pattern.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The units <paramref name="query"/> selects; <paramref name="textOf"/> gives a unit's text.</summary>
    /// <exception cref="InputException">The query's period or document is not in the corpus, or the pattern runs away.</exception>
    public static IReadOnlyList<Segment> Find(CodedCorpus corpus, SegmentQuery query, Func<CodedUnit, string> textOf)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(textOf);
        CheckFilter(query.Period, corpus.ValuesOf(DocumentField.Period), "period");
        CheckFilter(query.Document, corpus.ValuesOf(DocumentField.Document), "document");
        var segments = new List<Segment>();
        foreach (var unit in corpus.Units.Where(query.Selects))
        {
            var text = textOf(unit);
            if (query.Matching is not null && !IsMatch(query.Matching, text))
            {
                continue;
            }

            var dimension = query.Category.Dimension;
            segments.Add(new Segment(
                unit.Unit.Id,
                unit.Document.Id,
                unit.Document.Title,
                unit.Document.Author,
                unit.Document.Date,
                unit.Field(DocumentField.Period),
                unit.Unit.Section,
                unit.ValuesOn(dimension) ?? [],
                unit.MemoOn(dimension.Id),
                text));
        }

        return segments;
    }

    /// <summary>Compiles a <c>--matching</c> pattern; as codebook patterns, it matches as written (<c>(?i)</c> to ignore case).</summary>
    /// <exception cref="InputException">The pattern is not a valid .NET regular expression.</exception>
    public static Regex Pattern(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new InputException(AnalysisDiagnostics.BadPattern(pattern, e.Message));
        }
    }

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new InputException(AnalysisDiagnostics.PatternTimedOut(pattern.ToString(), MatchTimeout));
        }
    }

    private static void CheckFilter(string? value, IReadOnlyList<string> known, string what)
    {
        if (value is not null && !known.Contains(value, StringComparer.Ordinal))
        {
            throw new InputException(AnalysisDiagnostics.NoDocumentWith(what, value, known));
        }
    }
}
