using System.Text.RegularExpressions;
using ContentAnalysis.Core.Codebooks;
using ContentAnalysis.Core.Diagnostics;

namespace ContentAnalysis.Core.Autocoding;

/// <summary>
/// The codebook's indicators compiled for matching: every keyword of every chosen dimension in one word trie
/// (one pass over a text's words, whatever the number of keywords), each pattern as a compiled regex, and the
/// codebook's negators in a second trie. Not thread-safe: it reuses its buffers from text to text.
/// </summary>
public sealed class DictionaryMatcher
{
    /// <summary>How long one pattern may run on one unit before it counts as runaway.</summary>
    public static readonly TimeSpan DefaultPatternTimeout = TimeSpan.FromSeconds(2);

    private readonly PhraseTrie _keywords = new();
    private readonly List<int> _keywordIndicator = [];
    private readonly PhraseTrie _negators = new();
    private readonly List<string> _negatorText = [];
    private readonly List<(Regex Regex, int Indicator, bool Filtered)> _patterns = [];
    private readonly Regex? _patternFilter;
    private readonly List<Indicator> _indicators = [];
    private readonly WordTokens _words = new();
    private readonly List<PhraseMatch> _matches = [];
    private readonly List<PhraseMatch> _negatorMatches = [];
    private readonly string? _codebookFile;
    private readonly int _window;
    private char[] _lower = new char[4096];

    private DictionaryMatcher(Codebook codebook, IReadOnlyList<Dimension> dimensions, TimeSpan patternTimeout)
    {
        _codebookFile = codebook.SourcePath;
        Dimensions = dimensions;
        var warnings = new List<Diagnostic>();
        foreach (var dimension in dimensions)
        {
            foreach (var category in dimension.AllCategories())
            {
                var owner = $"category '{category.Id}'";
                foreach (var keyword in category.Indicators.Keywords)
                {
                    var indicator = Add(new Indicator(dimension.Id, category.Id, IndicatorKind.Keyword, keyword));
                    if (Phrase.Parse(keyword) is { } phrase)
                    {
                        _keywords.Add(phrase, category.Indicators.CaseSensitive);
                        _keywordIndicator.Add(indicator);
                    }
                    else
                    {
                        warnings.Add(AutocodingDiagnostics.KeywordWithoutWord(keyword, owner, _codebookFile));
                    }
                }

                foreach (var pattern in category.Indicators.Patterns)
                {
                    var indicator = Add(new Indicator(dimension.Id, category.Id, IndicatorKind.Pattern, pattern));
                    _patterns.Add((new Regex(pattern, RegexOptions.Compiled, patternTimeout), indicator, SupportsNonBacktracking(pattern)));
                }
            }
        }

        if (codebook.Negation is { } negation)
        {
            _window = negation.Window;
            foreach (var word in negation.Words)
            {
                if (Phrase.Parse(word) is { } phrase)
                {
                    _negators.Add(phrase, caseSensitive: false);
                    _negatorText.Add(word);
                }
                else
                {
                    warnings.Add(AutocodingDiagnostics.KeywordWithoutWord(word, "the negation", _codebookFile));
                }
            }
        }

        Warnings = warnings;
        PatternTimeout = patternTimeout;
        var filtered = _patterns.Where(p => p.Filtered).Select(p => $"(?:{_indicators[p.Indicator].Text})").ToList();
        _patternFilter = filtered.Count > 1 ? new Regex(string.Join('|', filtered), RegexOptions.NonBacktracking) : null;
    }

    /// <summary>The dimensions the dictionary codes, in codebook order.</summary>
    public IReadOnlyList<Dimension> Dimensions { get; }

    /// <summary>Every indicator, in codebook order.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;

    /// <summary>Problems that do not stop matching (keywords that can never match).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The time limit of one pattern on one unit.</summary>
    public TimeSpan PatternTimeout { get; }

    /// <summary>
    /// Compiles the indicators of <paramref name="dimensions"/> (named by the user), or of every category
    /// dimension that has indicators when none are named.
    /// </summary>
    /// <exception cref="InputException">A named dimension is a scale, or the dimensions have no indicators.</exception>
    public static DictionaryMatcher Create(Codebook codebook, IReadOnlyList<Dimension>? dimensions = null, TimeSpan? patternTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        return new DictionaryMatcher(codebook, Choose(codebook, dimensions), patternTimeout ?? DefaultPatternTimeout);
    }

    /// <summary>The indicators' matches in <paramref name="text"/>, keywords first, then patterns, each in text order.</summary>
    /// <param name="text">A unit's text.</param>
    /// <param name="unit">The unit id, for the message when a pattern runs away.</param>
    /// <exception cref="InputException">A pattern ran longer than <see cref="PatternTimeout"/>.</exception>
    public IReadOnlyList<IndicatorHit> Match(string text, string unit = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_lower.Length < text.Length)
        {
            _lower = new char[Math.Max(text.Length, _lower.Length * 2)];
        }

        var lower = _lower.AsSpan(0, text.Length);
        text.AsSpan().ToLowerInvariant(lower);
        _words.Split(text);
        _matches.Clear();
        _keywords.Find(text, lower, _words, _matches);
        var hits = new List<IndicatorHit>();
        if (_matches.Count > 0)
        {
            _matches.Sort((a, b) => a.FirstWord != b.FirstWord ? a.FirstWord.CompareTo(b.FirstWord) : a.Entry.CompareTo(b.Entry));
            foreach (var match in _matches)
            {
                var start = _words.Start(match.FirstWord);
                var length = _words.End(match.LastWord) - start;
                hits.Add(new IndicatorHit(_indicators[_keywordIndicator[match.Entry]], start, length, text.Substring(start, length), null));
            }
        }

        // One linear-time scan with all patterns as one alternation tells whether any of them can match the unit; only
        // then is each run on its own (most units match none). Patterns the non-backtracking engine cannot run
        // (lookarounds, backreferences, atomic groups) are always run.
        var anyPattern = _patternFilter?.IsMatch(text) ?? true;
        foreach (var (regex, indicator, filtered) in _patterns)
        {
            if (filtered && !anyPattern)
            {
                continue;
            }

            try
            {
                foreach (var match in regex.EnumerateMatches(text))
                {
                    if (match.Length > 0)
                    {
                        hits.Add(new IndicatorHit(_indicators[indicator], match.Index, match.Length, text.Substring(match.Index, match.Length), null));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                var timedOut = _indicators[indicator];
                throw new InputException(AutocodingDiagnostics.PatternTimedOut(timedOut.Text, timedOut.Category, unit, PatternTimeout, _codebookFile));
            }
        }

        return hits.Count == 0 || _negators.Count == 0 ? hits : ApplyNegation(text, lower, hits);
    }

    private List<IndicatorHit> ApplyNegation(string text, ReadOnlySpan<char> lower, List<IndicatorHit> hits)
    {
        _negatorMatches.Clear();
        _negators.Find(text, lower, _words, _negatorMatches);
        if (_negatorMatches.Count == 0)
        {
            return hits;
        }

        for (var h = 0; h < hits.Count; h++)
        {
            var first = _words.WordAt(hits[h].Start);
            foreach (var negator in _negatorMatches)
            {
                // The negator must end within the window of words just before the match's first word.
                if (negator.LastWord < first && negator.LastWord >= first - _window)
                {
                    var start = _words.Start(negator.FirstWord);
                    hits[h] = hits[h] with { Negator = text[start.._words.End(negator.LastWord)] };
                    break;
                }
            }
        }

        return hits;
    }

    private static bool SupportsNonBacktracking(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private int Add(Indicator indicator)
    {
        _indicators.Add(indicator);
        return _indicators.Count - 1;
    }

    private static List<Dimension> Choose(Codebook codebook, IReadOnlyList<Dimension>? named)
    {
        static bool HasIndicators(Dimension d) => d.AllCategories().Any(c => c.Indicators.Keywords.Count + c.Indicators.Patterns.Count > 0);
        if (named is null || named.Count == 0)
        {
            var withIndicators = codebook.Dimensions.Where(d => d.IsCategorical && HasIndicators(d)).ToList();
            return withIndicators.Count > 0
                ? withIndicators
                : throw new InputException(AutocodingDiagnostics.NoIndicatorsIn(codebook.Dimensions, named: false, codebook.SourcePath));
        }

        var scales = named.Where(d => !d.IsCategorical).ToList();
        if (scales.Count > 0)
        {
            throw new InputException([.. scales.Select(d => AutocodingDiagnostics.ScaleNotAutocoded(d, codebook.SourcePath))]);
        }

        var empty = named.Where(d => !HasIndicators(d)).ToList();
        return empty.Count == 0
            ? [.. codebook.Dimensions.Where(d => named.Any(n => n.Id == d.Id))]
            : throw new InputException(AutocodingDiagnostics.NoIndicatorsIn(empty, named: true, codebook.SourcePath));
    }
}
